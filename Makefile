# quotebank: the two commands of the README, and a few helpers.
#   make demo   set up .venv, ingest seeds/ into a fresh SQLite database, show what was found
#   make test   set up .venv with the test tools and run the whole suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DEMO_DB = demo/quotebank.db
PYTEST_ARGS ?=

.PHONY: demo test install bench quality clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

# (earlier versions compiled the extractor with Cython; it no longer ran faster than the plain
# Python, so the build is gone: a compiled file left from one would be imported before its source)
install: $(VENV)/.installed
	@rm -f quotebank/extract/*.so quotebank/extract/*.pyd quotebank/extract/compiled.json

demo: install
	@rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	@mkdir -p demo
	$(BIN)/quotebank --db $(DEMO_DB) ingest seeds/
	@echo; echo "== articles"; $(BIN)/quotebank --db $(DEMO_DB) articles --format table
	@echo; echo "== speakers"; $(BIN)/quotebank --db $(DEMO_DB) speakers --limit 12 --format table
	@echo; echo "== quotes of the Guardian article"; $(BIN)/quotebank --db $(DEMO_DB) quotes --article 1 --format table
	@echo; echo "== search: unilateral military intervention"; $(BIN)/quotebank --db $(DEMO_DB) search "unilateral military intervention" --format table
	@echo; echo "Database: $(DEMO_DB). Try: $(BIN)/quotebank --db $(DEMO_DB) quotes --kind mixed"

test: install
	$(BIN)/python -m pytest -n 2 $(PYTEST_ARGS)

quality: install
	$(BIN)/python bench/quality.py

bench: install
	$(BIN)/python bench/quality.py
	$(BIN)/python bench/extract_speed.py

clean:
	rm -rf $(VENV) demo build dist *.egg-info .pytest_cache
	$(PYTHON) tools/compile_extractor.py --clean
