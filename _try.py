import sys
from tests.conftest import facts_of
for s in sys.argv[1:]:
    f = facts_of(s)
    print(s[:70], "->", [(a.investor.id, a.action.value, a.target.id if a.target else None, a.target.aliases if a.target else None, a.amount) for a in f.investor_actions])
