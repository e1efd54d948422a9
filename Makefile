# Set-up and main jobs. `make demo` and `make test` work on a fresh Debian machine with Python 3.11.
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
APT_PACKAGES := libegl1 libgl1-mesa-dri libegl-mesa0 libgl1 espeak-ng libfluidsynth3 chromium fonts-dejavu-core wamerican wngerman wordnet-base trans-de-en
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: demo test system venv lint bench bench-peers clean

system:
	@if ! dpkg -s $(APT_PACKAGES) >/dev/null 2>&1; then \
	  $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $(APT_PACKAGES); \
	fi

$(BIN)/autark: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip setuptools wheel
	$(BIN)/pip install -q -e '.[server,test,voice,interchange,provenance,encrypt,cluster]'
	touch $@

# the package byte-compiled ahead: where PYTHONDONTWRITEBYTECODE is set, every run would otherwise compile its
# ~450 modules again before its first step (about 1 s of CPU of each `autark make`); up-to-date files are skipped
venv: system $(BIN)/autark
	$(BIN)/python -m compileall -q src/autark >/dev/null

demo: venv
	$(BIN)/python -m autark.demo out

test: venv
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/python -m pytest -n 2 --dist loadfile

lint: venv
	$(BIN)/ruff check src tests benchmarks

bench: venv
	for f in benchmarks/bench_*.py; do $(BIN)/python $$f; done

# Optional peers for the benchmarks: MoviePy in the main venv; Blender (bpy 4.5 wants numpy<2) in its own.
bench-peers: venv
	$(BIN)/pip install -q 'moviepy>=2'
	[ -x .venv-blender/bin/python ] || ($(PY) -m venv .venv-blender && .venv-blender/bin/pip install -q 'bpy==4.5.*')

clean:
	rm -rf $(VENV) .venv-blender build *.egg-info
