# The front door: `make demo` runs the pipeline on the embedded broker, `make test` runs the tests.
# Both install first (a virtualenv in .venv from pyproject.toml; Debian tools the tests use).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

MODEL := nlp/models/default

.PHONY: install model test-tools test demo run benchmark

install: $(BIN)/feedback-loop model

# The bundled classifier: trained (seeded, reproducible) from the labelled examples in the repo; and the
# redaction's name model, trained on the privacy corpus and kept on disk so a worker starts without training it.
model: $(MODEL)/nl/config.cfg
	$(BIN)/python -c 'from nlp.redaction.name_model import trained_model; trained_model()'
	$(BIN)/python -c 'from nlp.redaction.lower_name_model import trained_lower_model; trained_lower_model()'

$(MODEL)/nl/config.cfg: $(BIN)/feedback-loop nlp/data/taxonomy.yaml $(wildcard nlp/data/examples/*.jsonl) \
		$(wildcard nlp/classifiers/*.py nlp/training/*.py)
	$(BIN)/feedback-loop train --data nlp/data/examples --out $(MODEL) --seed 0 --no-progress

$(BIN)/feedback-loop: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Integration tests scrape with a real Prometheus server, parse docker-compose.yml with docker-compose and
# click through the web pages in headless Chromium (selenium drives it through chromedriver).
test-tools:
	@command -v prometheus >/dev/null && command -v docker-compose >/dev/null && command -v chromium >/dev/null \
	  && command -v chromedriver >/dev/null && command -v prometheus-alertmanager >/dev/null || { \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
	    prometheus prometheus-alertmanager docker-compose chromium chromium-driver >/dev/null; }

test: install test-tools
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/pytest

demo: install
	$(BIN)/feedback-loop demo

run: install
	$(BIN)/feedback-loop run

benchmark: install
	$(BIN)/python -m benchmarks.throughput
	$(BIN)/python -m benchmarks.classifier
	$(BIN)/python -m benchmarks.detection
	$(BIN)/python -m benchmarks.redaction
	$(BIN)/python -m benchmarks.discovery
