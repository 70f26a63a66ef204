"""The name table of issue 11: names across Hong Kong, China, the US, Japan, Europe, India,
Korea and Australia, each in a wrap of its market, resolve to the right company and to the
listing (ISO 10383 MIC and ticker) a move on that market is on.

Every expected id, MIC and ticker below was written by hand from what the exchanges list
(Toyota is 7203 in Tokyo and the ADR TM on the NYSE; Bilibili and Trip.com trade on Nasdaq;
Shell's and Unilever's home lines are in London since their 2022/2020 unifications, with
Amsterdam lines beside them; an A+H share company in a Shanghai or Shenzhen wrap is on its
A-share line), not read back from the reference data. Rows are name variants as news
writes them (``Alibaba-W``, ``Alibaba Group Holding``, ``9988.HK``), a ticker in brackets,
an ISIN, and the pairs that must stay apart (Bank of China / Bank of Communications, Hang
Seng Bank / the Hang Seng Index, Alibaba Health / Alibaba Group). A broker's name as the subject
of a move is its listed company ("JPMorgan Chase rose 2.5%"); as an actor, the investor."""
from __future__ import annotations

import pytest

from marketkg.ontology.reference import reference
from tests.conftest import facts_of

#: market of the wrap -> the words that make a story of that market
MARKET = {"HK": "Hong Kong", "CN": "Shanghai", "US": "U.S.", "JP": "Japanese", "GB": "London", "DE": "German",
          "FR": "French", "NL": "Dutch", "ES": "Spanish", "CH": "Swiss", "SE": "Swedish", "FI": "Finnish",
          "BE": "Belgian", "IT": "Italian", "DK": "Danish", "IN": "Indian", "KR": "South Korean", "AU": "Australian"}

#: market of the wrap | the words before "rose 2.5%" | entity id | MIC | ticker of the listing the move is on
ROWS = """
HK | Tencent | hkex-0700 | XHKG | 0700.HK
HK | Tencent Holdings | hkex-0700 | XHKG | 0700.HK
HK | Tencent (0700.HK) | hkex-0700 | XHKG | 0700.HK
HK | Alibaba | hkex-9988 | XHKG | 9988.HK
HK | Alibaba-W | hkex-9988 | XHKG | 9988.HK
HK | Alibaba -W | hkex-9988 | XHKG | 9988.HK
HK | Alibaba Group Holding | hkex-9988 | XHKG | 9988.HK
HK | 9988.HK | hkex-9988 | XHKG | 9988.HK
HK | Alibaba Health | hkex-0241 | XHKG | 0241.HK
HK | Alibaba Health Information Technology | hkex-0241 | XHKG | 0241.HK
HK | Meituan | hkex-3690 | XHKG | 3690.HK
HK | Meituan-W | hkex-3690 | XHKG | 3690.HK
HK | Xiaomi | hkex-1810 | XHKG | 1810.HK
HK | Xiaomi-W | hkex-1810 | XHKG | 1810.HK
HK | JD.com | hkex-9618 | XHKG | 9618.HK
HK | Baidu | hkex-9888 | XHKG | 9888.HK
HK | NetEase | hkex-9999 | XHKG | 9999.HK
HK | Kuaishou | hkex-1024 | XHKG | 1024.HK
HK | BYD | hkex-1211 | XHKG | 1211.HK
HK | Li Auto | hkex-2015 | XHKG | 2015.HK
HK | NIO | hkex-9866 | XHKG | 9866.HK
HK | XPeng | hkex-9868 | XHKG | 9868.HK
HK | HSBC | hkex-0005 | XHKG | 0005.HK
HK | HSBC Holdings | hkex-0005 | XHKG | 0005.HK
HK | AIA | hkex-1299 | XHKG | 1299.HK
HK | Hong Kong Exchanges and Clearing | hkex-0388 | XHKG | 0388.HK
HK | China Mobile | hkex-0941 | XHKG | 0941.HK
HK | CNOOC | hkex-0883 | XHKG | 0883.HK
HK | PetroChina | hkex-0857 | XHKG | 0857.HK
HK | Sinopec | hkex-0386 | XHKG | 0386.HK
HK | ICBC | hkex-1398 | XHKG | 1398.HK
HK | China Construction Bank | hkex-0939 | XHKG | 0939.HK
HK | Bank of China | hkex-3988 | XHKG | 3988.HK
HK | Bank of Communications | hkex-3328 | XHKG | 3328.HK
HK | Agricultural Bank of China | hkex-1288 | XHKG | 1288.HK
HK | China Merchants Bank | hkex-3968 | XHKG | 3968.HK
HK | Ping An | hkex-2318 | XHKG | 2318.HK
HK | China Life | hkex-2628 | XHKG | 2628.HK
HK | Hang Seng Bank | hkex-0011 | XHKG | 0011.HK
HK | Bilibili | hkex-9626 | XHKG | 9626.HK
HK | Trip.com | hkex-9961 | XHKG | 9961.HK
HK | Li Ning | hkex-2331 | XHKG | 2331.HK
HK | Anta Sports | hkex-2020 | XHKG | 2020.HK
HK | Geely Automobile | hkex-0175 | XHKG | 0175.HK
HK | Sunny Optical | hkex-2382 | XHKG | 2382.HK
HK | Lenovo | hkex-0992 | XHKG | 0992.HK
HK | SMIC | hkex-0981 | XHKG | 0981.HK
HK | Hua Hong Semiconductor | hkex-1347 | XHKG | 1347.HK
HK | Longfor | hkex-0960 | XHKG | 0960.HK
HK | China Resources Land | hkex-1109 | XHKG | 1109.HK
HK | CK Hutchison | hkex-0001 | XHKG | 0001.HK
HK | CK Asset | hkex-1113 | XHKG | 1113.HK
HK | Sun Hung Kai Properties | hkex-0016 | XHKG | 0016.HK
HK | Henderson Land | hkex-0012 | XHKG | 0012.HK
HK | Link REIT | hkex-0823 | XHKG | 0823.HK
HK | Galaxy Entertainment | hkex-0027 | XHKG | 0027.HK
HK | Sands China | hkex-1928 | XHKG | 1928.HK
HK | CLP Holdings | hkex-0002 | XHKG | 0002.HK
HK | MTR | hkex-0066 | XHKG | 0066.HK
HK | Techtronic Industries | hkex-0669 | XHKG | 0669.HK
HK | Shenzhou International | hkex-2313 | XHKG | 2313.HK
HK | WuXi Biologics | hkex-2269 | XHKG | 2269.HK
HK | Sino Biopharmaceutical | hkex-1177 | XHKG | 1177.HK
HK | CSPC Pharmaceutical | hkex-1093 | XHKG | 1093.HK
HK | Haier Smart Home | hkex-6690 | XHKG | 6690.HK
HK | Zijin Mining | hkex-2899 | XHKG | 2899.HK
HK | China Shenhua | hkex-1088 | XHKG | 1088.HK
HK | Nongfu Spring | hkex-9633 | XHKG | 9633.HK
HK | Pop Mart | hkex-9992 | XHKG | 9992.HK
HK | China Unicom | hkex-0762 | XHKG | 0762.HK
HK | Great Wall Motor | hkex-2333 | XHKG | 2333.HK
HK | Chow Tai Fook | hkex-1929 | XHKG | 1929.HK
HK | CATL | hkex-3750 | XHKG | 3750.HK
HK | Toyota | tkr-7203-t | XTKS | 7203.T
CN | Kweichow Moutai | tkr-600519-ss | XSHG | 600519.SS
CN | Moutai | tkr-600519-ss | XSHG | 600519.SS
CN | Ping An | hkex-2318 | XSHG | 601318.SS
CN | ICBC | hkex-1398 | XSHG | 601398.SS
CN | China Merchants Bank | hkex-3968 | XSHG | 600036.SS
CN | PetroChina | hkex-0857 | XSHG | 601857.SS
CN | Sinopec | hkex-0386 | XSHG | 600028.SS
CN | Zijin Mining | hkex-2899 | XSHG | 601899.SS
CN | China Shenhua | hkex-1088 | XSHG | 601088.SS
CN | BYD | hkex-1211 | XSHE | 002594.SZ
CN | CATL | hkex-3750 | XSHE | 300750.SZ
CN | Tencent | hkex-0700 | XHKG | 0700.HK
US | Apple | tkr-aapl | XNAS | AAPL
US | Apple Inc. | tkr-aapl | XNAS | AAPL
US | Shares of Apple (AAPL) | tkr-aapl | XNAS | AAPL
US | US0378331005 | tkr-aapl | XNAS | AAPL
US | Microsoft | tkr-msft | XNAS | MSFT
US | Microsoft Corp. | tkr-msft | XNAS | MSFT
US | Nvidia | tkr-nvda | XNAS | NVDA
US | NVIDIA | tkr-nvda | XNAS | NVDA
US | Amazon | tkr-amzn | XNAS | AMZN
US | Alphabet | tkr-googl | XNAS | GOOGL
US | Meta Platforms | tkr-meta | XNAS | META
US | Tesla | tkr-tsla | XNAS | TSLA
US | Netflix | tkr-nflx | XNAS | NFLX
US | Intel | tkr-intc | XNAS | INTC
US | AMD | tkr-amd | XNAS | AMD
US | Broadcom | tkr-avgo | XNAS | AVGO
US | Qualcomm | tkr-qcom | XNAS | QCOM
US | Cisco | tkr-csco | XNAS | CSCO
US | Costco | tkr-cost | XNAS | COST
US | PepsiCo | tkr-pep | XNAS | PEP
US | Starbucks | tkr-sbux | XNAS | SBUX
US | Micron | tkr-mu | XNAS | MU
US | Adobe | tkr-adbe | XNAS | ADBE
US | Amgen | tkr-amgn | XNAS | AMGN
US | JPMorgan Chase | tkr-jpm | XNYS | JPM
US | Bank of America | tkr-bac | XNYS | BAC
US | Citigroup | tkr-c | XNYS | C
US | Wells Fargo | tkr-wfc | XNYS | WFC
US | Exxon Mobil | tkr-xom | XNYS | XOM
US | Chevron | tkr-cvx | XNYS | CVX
US | Coca-Cola | tkr-ko | XNYS | KO
US | Johnson & Johnson | tkr-jnj | XNYS | JNJ
US | Procter & Gamble | tkr-pg | XNYS | PG
US | Visa | tkr-v | XNYS | V
US | Mastercard | tkr-ma | XNYS | MA
US | UnitedHealth | tkr-unh | XNYS | UNH
US | Home Depot | tkr-hd | XNYS | HD
US | Boeing | tkr-ba | XNYS | BA
US | Caterpillar | tkr-cat | XNYS | CAT
US | IBM | tkr-ibm | XNYS | IBM
US | Oracle | tkr-orcl | XNYS | ORCL
US | Salesforce | tkr-crm | XNYS | CRM
US | Walt Disney | tkr-dis | XNYS | DIS
US | Nike | tkr-nke | XNYS | NKE
US | McDonald's | tkr-mcd | XNYS | MCD
US | Pfizer | tkr-pfe | XNYS | PFE
US | Eli Lilly | tkr-lly | XNYS | LLY
US | Berkshire Hathaway | tkr-brk-b | XNYS | BRK.B
US | Alibaba | hkex-9988 | XNYS | BABA
US | Alibaba (BABA) | hkex-9988 | XNYS | BABA
US | JD.com | hkex-9618 | XNAS | JD
US | Baidu | hkex-9888 | XNAS | BIDU
US | NIO | hkex-9866 | XNYS | NIO
US | Bilibili | hkex-9626 | XNAS | BILI
US | Trip.com | hkex-9961 | XNAS | TCOM
US | Toyota | tkr-7203-t | XNYS | TM
US | Sony | tkr-6758-t | XNYS | SONY
US | Infosys | tkr-infy-ns | XNYS | INFY
US | TSMC | tkr-2330-tw | XNYS | TSM
US | ASML | tkr-asml-as | XNAS | ASML
US | Novo Nordisk | tkr-novo-b-co | XNYS | NVO
US | SAP | tkr-sap-de | XNYS | SAP
US | HDFC Bank | tkr-hdfcbank-ns | XNYS | HDB
JP | Toyota | tkr-7203-t | XTKS | 7203.T
JP | Toyota Motor | tkr-7203-t | XTKS | 7203.T
JP | Toyota (7203.T) | tkr-7203-t | XTKS | 7203.T
JP | JP3633400001 | tkr-7203-t | XTKS | 7203.T
JP | Sony | tkr-6758-t | XTKS | 6758.T
JP | Sony Group | tkr-6758-t | XTKS | 6758.T
JP | SoftBank Group | tkr-9984-t | XTKS | 9984.T
JP | Fast Retailing | tkr-9983-t | XTKS | 9983.T
JP | Tokyo Electron | tkr-8035-t | XTKS | 8035.T
JP | Advantest | tkr-6857-t | XTKS | 6857.T
JP | Nintendo | tkr-7974-t | XTKS | 7974.T
JP | Honda | tkr-7267-t | XTKS | 7267.T
JP | Nissan | tkr-7201-t | XTKS | 7201.T
JP | Mitsubishi UFJ Financial Group | tkr-8306-t | XTKS | 8306.T
JP | Sumitomo Mitsui Financial Group | tkr-8316-t | XTKS | 8316.T
JP | Mizuho Financial Group | tkr-8411-t | XTKS | 8411.T
JP | Hitachi | tkr-6501-t | XTKS | 6501.T
JP | Panasonic | tkr-6752-t | XTKS | 6752.T
JP | Canon | tkr-7751-t | XTKS | 7751.T
JP | Fanuc | tkr-6954-t | XTKS | 6954.T
JP | Shin-Etsu Chemical | tkr-4063-t | XTKS | 4063.T
JP | Daiichi Sankyo | tkr-4568-t | XTKS | 4568.T
JP | Takeda Pharmaceutical | tkr-4502-t | XTKS | 4502.T
JP | Recruit Holdings | tkr-6098-t | XTKS | 6098.T
JP | KDDI | tkr-9433-t | XTKS | 9433.T
JP | Mitsubishi Corp. | tkr-8058-t | XTKS | 8058.T
JP | Itochu | tkr-8001-t | XTKS | 8001.T
JP | Denso | tkr-6902-t | XTKS | 6902.T
JP | Murata Manufacturing | tkr-6981-t | XTKS | 6981.T
JP | TDK | tkr-6762-t | XTKS | 6762.T
JP | Lasertec | tkr-6920-t | XTKS | 6920.T
JP | Subaru | tkr-7270-t | XTKS | 7270.T
JP | Mazda | tkr-7261-t | XTKS | 7261.T
JP | Bridgestone | tkr-5108-t | XTKS | 5108.T
JP | Japan Tobacco | tkr-2914-t | XTKS | 2914.T
JP | Nomura Holdings | tkr-8604-t | XTKS | 8604.T
JP | Daikin Industries | tkr-6367-t | XTKS | 6367.T
GB | AstraZeneca | tkr-azn-l | XLON | AZN.L
GB | Shell | tkr-shel-l | XLON | SHEL.L
GB | BP | tkr-bp-l | XLON | BP.L
GB | HSBC | hkex-0005 | XLON | HSBA.L
GB | Unilever | tkr-ulvr-l | XLON | ULVR.L
NL | Unilever | tkr-ulvr-l | XAMS | UNA.AS
GB | GSK | tkr-gsk-l | XLON | GSK.L
GB | Rio Tinto | tkr-rio-l | XLON | RIO.L
GB | Barclays | tkr-barc-l | XLON | BARC.L
GB | Lloyds Banking Group | tkr-lloy-l | XLON | LLOY.L
GB | Vodafone | tkr-vod-l | XLON | VOD.L
GB | Diageo | tkr-dge-l | XLON | DGE.L
GB | British American Tobacco | tkr-bats-l | XLON | BATS.L
GB | Glencore | tkr-glen-l | XLON | GLEN.L
GB | Rolls-Royce | tkr-rr-l | XLON | RR.L
GB | BAE Systems | tkr-ba-l | XLON | BA.L
GB | Tesco | tkr-tsco-l | XLON | TSCO.L
GB | Standard Chartered | tkr-stan-l | XLON | STAN.L
GB | NatWest | tkr-nwg-l | XLON | NWG.L
GB | National Grid | tkr-ng-l | XLON | NG.L
GB | Legal & General | tkr-lgen-l | XLON | LGEN.L
DE | SAP | tkr-sap-de | XETR | SAP.DE
DE | DE0007164600 | tkr-sap-de | XETR | SAP.DE
DE | Siemens | tkr-sie-de | XETR | SIE.DE
DE | Allianz | tkr-alv-de | XETR | ALV.DE
DE | Deutsche Bank | tkr-dbk-de | XETR | DBK.DE
DE | Commerzbank | tkr-cbk-de | XETR | CBK.DE
DE | BASF | tkr-bas-de | XETR | BAS.DE
DE | Bayer | tkr-bayn-de | XETR | BAYN.DE
DE | BMW | tkr-bmw-de | XETR | BMW.DE
DE | Mercedes-Benz | tkr-mbg-de | XETR | MBG.DE
DE | Adidas | tkr-ads-de | XETR | ADS.DE
DE | Infineon | tkr-ifx-de | XETR | IFX.DE
DE | Deutsche Telekom | tkr-dte-de | XETR | DTE.DE
DE | Munich Re | tkr-muv2-de | XETR | MUV2.DE
DE | E.ON | tkr-eoan-de | XETR | EOAN.DE
DE | RWE | tkr-rwe-de | XETR | RWE.DE
DE | Rheinmetall | tkr-rhm-de | XETR | RHM.DE
DE | Siemens Energy | tkr-enr-de | XETR | ENR.DE
DE | Zalando | tkr-zal-de | XETR | ZAL.DE
DE | Lufthansa | tkr-lha-de | XETR | LHA.DE
DE | Vonovia | tkr-vna-de | XETR | VNA.DE
FR | LVMH | tkr-mc-pa | XPAR | MC.PA
FR | TotalEnergies | tkr-tte-pa | XPAR | TTE.PA
FR | L'Oréal | tkr-or-pa | XPAR | OR.PA
FR | Hermès | tkr-rms-pa | XPAR | RMS.PA
FR | Sanofi | tkr-san-pa | XPAR | SAN.PA
FR | Airbus | tkr-air-pa | XPAR | AIR.PA
FR | BNP Paribas | tkr-bnp-pa | XPAR | BNP.PA
FR | AXA | tkr-cs-pa | XPAR | CS.PA
FR | Société Générale | tkr-gle-pa | XPAR | GLE.PA
FR | Danone | tkr-bn-pa | XPAR | BN.PA
FR | Kering | tkr-ker-pa | XPAR | KER.PA
FR | Renault | tkr-rno-pa | XPAR | RNO.PA
FR | Vinci | tkr-dg-pa | XPAR | DG.PA
FR | Schneider Electric | tkr-su-pa | XPAR | SU.PA
FR | Safran | tkr-saf-pa | XPAR | SAF.PA
FR | Michelin | tkr-ml-pa | XPAR | ML.PA
FR | Capgemini | tkr-cap-pa | XPAR | CAP.PA
NL | ASML | tkr-asml-as | XAMS | ASML.AS
NL | ASML Holding | tkr-asml-as | XAMS | ASML.AS
NL | NL0010273215 | tkr-asml-as | XAMS | ASML.AS
NL | Heineken | tkr-heia-as | XAMS | HEIA.AS
NL | ING | tkr-inga-as | XAMS | INGA.AS
NL | Philips | tkr-phia-as | XAMS | PHIA.AS
NL | Ahold Delhaize | tkr-ad-as | XAMS | AD.AS
NL | Adyen | tkr-adyen-as | XAMS | ADYEN.AS
NL | Shell | tkr-shel-l | XAMS | SHELL.AS
ES | Santander | tkr-san-mc | XMAD | SAN.MC
ES | BBVA | tkr-bbva-mc | XMAD | BBVA.MC
ES | Iberdrola | tkr-ibe-mc | XMAD | IBE.MC
ES | Inditex | tkr-itx-mc | XMAD | ITX.MC
ES | Telefónica | tkr-tef-mc | XMAD | TEF.MC
ES | Repsol | tkr-rep-mc | XMAD | REP.MC
CH | Nestlé | tkr-nesn-sw | XSWX | NESN.SW
CH | Novartis | tkr-novn-sw | XSWX | NOVN.SW
CH | Roche | tkr-rog-sw | XSWX | ROG.SW
CH | UBS | tkr-ubsg-sw | XSWX | UBSG.SW
CH | Zurich Insurance | tkr-zurn-sw | XSWX | ZURN.SW
CH | ABB | tkr-abbn-sw | XSWX | ABBN.SW
SE | Ericsson | tkr-eric-b-st | XSTO | ERIC-B.ST
SE | Volvo | tkr-volv-b-st | XSTO | VOLV-B.ST
SE | H&M | tkr-hm-b-st | XSTO | HM-B.ST
SE | Atlas Copco | tkr-atco-a-st | XSTO | ATCO-A.ST
FI | Nokia | tkr-nokia-he | XHEL | NOKIA.HE
FI | Kone | tkr-knebv-he | XHEL | KNEBV.HE
IT | Enel | tkr-enel-mi | XMIL | ENEL.MI
IT | Eni | tkr-eni-mi | XMIL | ENI.MI
IT | Intesa Sanpaolo | tkr-isp-mi | XMIL | ISP.MI
BE | AB InBev | tkr-abi-br | XBRU | ABI.BR
BE | KBC | tkr-kbc-br | XBRU | KBC.BR
DK | Novo Nordisk | tkr-novo-b-co | XCSE | NOVO-B.CO
DK | Novo | tkr-novo-b-co | XCSE | NOVO-B.CO
DK | Maersk | tkr-maersk-b-co | XCSE | MAERSK-B.CO
IN | Reliance Industries | tkr-reliance-ns | XNSE | RELIANCE.NS
IN | Reliance | tkr-reliance-ns | XNSE | RELIANCE.NS
IN | Tata Consultancy Services | tkr-tcs-ns | XNSE | TCS.NS
IN | TCS | tkr-tcs-ns | XNSE | TCS.NS
IN | Infosys | tkr-infy-ns | XNSE | INFY.NS
IN | HDFC Bank | tkr-hdfcbank-ns | XNSE | HDFCBANK.NS
IN | ICICI Bank | tkr-icicibank-ns | XNSE | ICICIBANK.NS
IN | State Bank of India | tkr-sbin-ns | XNSE | SBIN.NS
IN | SBI | tkr-sbin-ns | XNSE | SBIN.NS
IN | Bharti Airtel | tkr-bhartiartl-ns | XNSE | BHARTIARTL.NS
IN | Larsen & Toubro | tkr-lt-ns | XNSE | LT.NS
IN | Kotak Mahindra Bank | tkr-kotakbank-ns | XNSE | KOTAKBANK.NS
IN | Axis Bank | tkr-axisbank-ns | XNSE | AXISBANK.NS
IN | Wipro | tkr-wipro-ns | XNSE | WIPRO.NS
IN | Hindustan Unilever | tkr-hindunilvr-ns | XNSE | HINDUNILVR.NS
IN | Maruti Suzuki | tkr-maruti-ns | XNSE | MARUTI.NS
IN | Adani Enterprises | tkr-adanient-ns | XNSE | ADANIENT.NS
IN | HCL Technologies | tkr-hcltech-ns | XNSE | HCLTECH.NS
IN | ITC | tkr-itc-ns | XNSE | ITC.NS
IN | Sun Pharmaceutical | tkr-sunpharma-ns | XNSE | SUNPHARMA.NS
IN | Bajaj Finance | tkr-bajfinance-ns | XNSE | BAJFINANCE.NS
IN | Dr. Reddy's Laboratories | tkr-drreddy-ns | XNSE | DRREDDY.NS
IN | Dr Reddy's | tkr-drreddy-ns | XNSE | DRREDDY.NS
IN | Bajaj Finserv | tkr-bajajfinsv-ns | XNSE | BAJAJFINSV.NS
IN | IndusInd Bank | tkr-indusindbk-ns | XNSE | INDUSINDBK.NS
IN | Nestle India | tkr-nestleind-ns | XNSE | NESTLEIND.NS
IN | ONGC | tkr-ongc-ns | XNSE | ONGC.NS
IN | Power Grid | tkr-powergrid-ns | XNSE | POWERGRID.NS
IN | LTIMindtree | tkr-ltim-ns | XNSE | LTIM.NS
IN | Divi's Laboratories | tkr-divislab-ns | XNSE | DIVISLAB.NS
IN | Bharat Petroleum | tkr-bpcl-ns | XNSE | BPCL.NS
KR | Samsung Electronics | tkr-005930-ks | XKRX | 005930.KS
KR | Samsung | tkr-005930-ks | XKRX | 005930.KS
KR | SK Hynix | tkr-000660-ks | XKRX | 000660.KS
KR | LG Energy Solution | tkr-373220-ks | XKRX | 373220.KS
KR | Samsung Biologics | tkr-207940-ks | XKRX | 207940.KS
KR | Hyundai Motor | tkr-005380-ks | XKRX | 005380.KS
KR | Kia | tkr-000270-ks | XKRX | 000270.KS
KR | Naver | tkr-035420-ks | XKRX | 035420.KS
KR | Kakao | tkr-035720-ks | XKRX | 035720.KS
KR | POSCO Holdings | tkr-005490-ks | XKRX | 005490.KS
KR | Celltrion | tkr-068270-ks | XKRX | 068270.KS
KR | KB Financial Group | tkr-105560-ks | XKRX | 105560.KS
KR | LG Electronics | tkr-066570-ks | XKRX | 066570.KS
KR | Hanwha Aerospace | tkr-012450-ks | XKRX | 012450.KS
KR | LG Chem | tkr-051910-ks | XKRX | 051910.KS
KR | Shinhan Financial Group | tkr-055550-ks | XKRX | 055550.KS
KR | Samsung SDI | tkr-006400-ks | XKRX | 006400.KS
KR | Hyundai Mobis | tkr-012330-ks | XKRX | 012330.KS
AU | BHP | tkr-bhp-ax | XASX | BHP.AX
AU | BHP Group | tkr-bhp-ax | XASX | BHP.AX
AU | Commonwealth Bank | tkr-cba-ax | XASX | CBA.AX
AU | CBA | tkr-cba-ax | XASX | CBA.AX
AU | CSL | tkr-csl-ax | XASX | CSL.AX
AU | National Australia Bank | tkr-nab-ax | XASX | NAB.AX
AU | Westpac | tkr-wbc-ax | XASX | WBC.AX
AU | ANZ | tkr-anz-ax | XASX | ANZ.AX
AU | Macquarie Group | tkr-mqg-ax | XASX | MQG.AX
AU | Wesfarmers | tkr-wes-ax | XASX | WES.AX
AU | Woolworths | tkr-wow-ax | XASX | WOW.AX
AU | Fortescue | tkr-fmg-ax | XASX | FMG.AX
AU | Rio Tinto | tkr-rio-l | XASX | RIO.AX
AU | Woodside Energy | tkr-wds-ax | XASX | WDS.AX
AU | Qantas | tkr-qan-ax | XASX | QAN.AX
AU | Telstra | tkr-tls-ax | XASX | TLS.AX
AU | Santos | tkr-sto-ax | XASX | STO.AX
AU | Goodman Group | tkr-gmg-ax | XASX | GMG.AX
AU | Transurban | tkr-tcl-ax | XASX | TCL.AX
"""
NAMES = [tuple(cell.strip() for cell in line.split("|")) for line in ROWS.strip().splitlines()]


def test_the_table_is_broad():
    assert len(NAMES) >= 200
    markets = {m for m, *_ in NAMES}
    assert {"HK", "CN", "US", "JP", "GB", "DE", "FR", "IN", "KR", "AU"} <= markets
    assert all(len(row) == 5 for row in NAMES)


@pytest.mark.parametrize(("market", "name", "entity", "mic", "ticker"), NAMES,
                         ids=[f"{m}-{n}" for m, n, *_ in NAMES])
def test_a_name_resolves_to_its_company_and_listing(market, name, entity, mic, ticker):
    moves = facts_of(f"{MARKET[market]} stocks rose on Monday. {name} rose 2.5%.").moves
    got = [(m.entity.id, m.entity.ticker) for m in moves if m.entity.type.value == "company"]
    assert got == [(entity, ticker)]
    assert mic in {lst.mic for lst in reference().listings[entity] if lst.ticker == ticker}


@pytest.mark.parametrize(("text", "entity"), [
    ("Bank of China rose 2.5% while Bank of Communications fell 1.2%.", ["hkex-3988", "hkex-3328"]),
    ("Hang Seng Bank rose 2.5% while the Hang Seng Index fell 1.2%.", ["hkex-0011", "idx-hsi"]),
    ("Alibaba Health rose 2.5% while Alibaba Group fell 1.2%.", ["hkex-0241", "hkex-9988"]),
])
def test_the_distinct_pairs_stay_apart(text, entity):
    assert [m.entity.id for m in facts_of(f"Hong Kong stocks were mixed on Monday. {text}").moves
            if m.entity.id != "idx-hsi" or "Index" in text] == entity


@pytest.mark.parametrize(("text", "mover", "actor"), [
    ("JPMorgan Chase rose 2.5%. Morgan Stanley upgraded JPMorgan Chase to overweight.", "tkr-jpm",
     "inv-morgan-stanley"),
    ("UBS shares jumped 9.2%. JPMorgan upgraded UBS to overweight.", "tkr-ubsg-sw", "inv-jpmorgan"),
])
def test_a_brokers_stock_moves_as_the_listed_company_and_acts_as_the_investor(text, mover, actor):
    facts = facts_of(f"U.S. stocks rose on Monday. {text}")
    assert [m.entity.id for m in facts.moves if m.entity.type.value == "company"] == [mover]
    assert [(a.investor.id, a.target.id) for a in facts.investor_actions] == [(actor, mover)]
