# marketkg: `make demo` builds the graph of the sample articles, `make test` runs the tests.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SHARED ?= ../shared
OUT    ?= out/demo

.PHONY: demo test score clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/marketkg build examples/articles --out $(OUT)
	@echo "open $(OUT)/graph.html in a browser (it works offline)"

# pytest exits 5 when it collects no test; make treats that as a failure, as it should.
test: $(VENV)/.installed
	$(BIN)/python -m pytest -q -rs

# scores extraction on the seed articles and on the development corpus of real articles
# (../shared/corpus/dev); VERBOSE=1 lists every miss and extra
score: $(VENV)/.installed
	@if [ -d "$(SHARED)/corpus/seeds" ] && [ -f "$(SHARED)/eval/score.py" ]; then \
		echo "== seeds ($(SHARED)/corpus/seeds)"; \
		$(BIN)/marketkg extract $(SHARED)/corpus/seeds/*.txt --output $(VENV)/seed-facts.jsonl && \
		$(BIN)/python $(SHARED)/eval/score.py $(SHARED)/corpus/gold $(VENV)/seed-facts.jsonl $(if $(VERBOSE),--verbose) | grep -v '^  [0-9]'; \
	else \
		echo "score: $(SHARED) is not here (no seed corpus or scorer); nothing to score"; \
	fi
	@if [ -d "$(SHARED)/corpus/dev/articles" ]; then \
		echo "== dev ($(SHARED)/corpus/dev)"; \
		$(BIN)/marketkg extract $(SHARED)/corpus/dev/articles/*.txt --output $(VENV)/dev-facts.jsonl 2>/dev/null; \
		$(BIN)/python $(SHARED)/eval/score.py $(SHARED)/corpus/dev/gold $(VENV)/dev-facts.jsonl $(if $(VERBOSE),--verbose) | grep -v '^  [0-9]'; \
	fi

clean:
	rm -rf $(VENV) out .pytest_cache
