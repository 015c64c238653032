# kg: a plain Makefile with pkg-config.  `make` builds bin/kg and libkg.a;
# `make check` is what CI runs.  SAN=1 builds into build-san/ with ASan and
# UBSan, so instrumented and plain objects never mix.

PKG_CONFIG ?= pkg-config
PKGS       := igraph libcgraph libgvc libxml-2.0 libcjson libutf8proc link-grammar
TEST_PKGS  := cmocka
PREFIX     ?= /usr/local
DATADIR    ?= $(PREFIX)/share/kg

WARN := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
        -Wmissing-prototypes -Wformat=2 -Wcast-qual -Wwrite-strings -Wvla \
        -Wconversion -Wno-sign-conversion
OPT   ?= -O2 -g
BUILD ?= build
BIN   ?= bin

ifdef SAN
BUILD    := build-san
BIN      := build-san/bin
OPT      := -O1 -g
SANFLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all \
            -fno-omit-frame-pointer
ARENA    := -DKG_ARENA_MALLOC=1
endif
ifdef VALGRIND_BUILD
ARENA    := -DKG_ARENA_MALLOC=1
endif
# FUZZ=1: the library for the libFuzzer targets, clang with ASan and UBSan
# in build-fuzz/ (`make fuzz`); nothing else is built this way.
ifdef FUZZ
CC       := clang
BUILD    := build-fuzz
BIN      := build-fuzz/bin
OPT      := -O1 -g
SANFLAGS := -fsanitize=address,undefined,fuzzer-no-link \
            -fno-sanitize-recover=all -fno-omit-frame-pointer
ARENA    := -DKG_ARENA_MALLOC=1
endif

CPPFLAGS += -Iinclude -Isrc -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE \
            -DKG_DATADIR='"$(DATADIR)"' $(ARENA) \
            $(shell $(PKG_CONFIG) --cflags $(PKGS) 2>/dev/null)
CFLAGS   += -std=c11 $(WARN) $(if $(WERROR),-Werror) $(OPT) $(SANFLAGS) -pthread
LDFLAGS  += $(SANFLAGS) -pthread
LDLIBS   += $(shell $(PKG_CONFIG) --libs $(PKGS) 2>/dev/null) -lm

LIB_SRC := $(sort $(wildcard src/core/*.c src/util/*.c src/text/*.c \
             src/nlp/*.c src/ontology/*.c src/extract/*.c src/graph/*.c \
             src/export/*.c))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
LIB     := $(BUILD)/libkg.a
KG      := $(BIN)/kg
PEAKRSS := $(BUILD)/tools/peakrss

FUZZ_SRC     := $(sort $(wildcard tests/fuzz/fuzz_*.c))
FUZZ_TARGETS := $(filter-out fuzz_common,$(FUZZ_SRC:tests/fuzz/%.c=%))
FUZZ_REPLAY  := $(FUZZ_TARGETS:%=$(BUILD)/fuzz/replay_%)
FUZZ_BIN     := $(FUZZ_TARGETS:%=build-fuzz/fuzz/%)
FUZZ_TIME    ?= 60

TEST_SRC := $(sort $(wildcard tests/unit/test_*.c))
TEST_BIN := $(TEST_SRC:tests/unit/%.c=$(BUILD)/tests/%)

# Leaks inside Graphviz and fontconfig (SVG rendering) are not ours: see
# tests/e2e/lsan.supp.  The slow unwinder is needed to see through Debian's
# libgvc (built without frame pointers) to the function a rule names.
export LSAN_OPTIONS = suppressions=$(CURDIR)/tests/e2e/lsan.supp:print_suppressions=0:fast_unwind_on_malloc=0
export ASAN_OPTIONS = fast_unwind_on_malloc=0

.PHONY: all deps demo test unit e2e clients check valgrind headertest lint \
        clean format format-check eval eval-test fuzz fuzz-build fuzz-replay \
        hostile bench scale learn

all: $(KG) $(LIB) $(PEAKRSS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c $< -o $@

$(LIB): $(LIB_OBJ)
	@mkdir -p $(dir $@)
	rm -f $@
	$(AR) rcs $@ $^

$(KG): $(CLI_OBJ) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

# The bench's launcher (tools/bench/peakrss.c says why it exists): plain C,
# no project headers or libraries.
$(PEAKRSS): tools/bench/peakrss.c
	@mkdir -p $(dir $@)
	$(CC) -std=c11 $(WARN) $(if $(WERROR),-Werror) -O2 -D_DEFAULT_SOURCE \
	    -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c $(wildcard tests/unit/*.h) $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) -Itests/unit $(shell $(PKG_CONFIG) --cflags $(TEST_PKGS)) $(CFLAGS) \
	    -Wno-missing-prototypes $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS) \
	    $(shell $(PKG_CONFIG) --libs $(TEST_PKGS))

# Fuzzing (docs/reliability.md).  A replay binary links a target with
# tests/fuzz/driver.c and the ordinary compiler; `make fuzz-replay` runs every
# committed input in tests/fuzz/corpus/TARGET/ (`make SAN=1 fuzz-replay`
# under ASan and UBSan).  `make fuzz` builds the libFuzzer targets with clang
# into build-fuzz/ and runs each for FUZZ_TIME seconds (T=target for one),
# new inputs going to build-fuzz/corpus/TARGET/: minimise a crash with
# `-minimize_crash=1` and copy it into tests/fuzz/corpus/TARGET/.
$(BUILD)/fuzz/replay_%: tests/fuzz/%.c tests/fuzz/driver.c \
        tests/fuzz/fuzz_common.c tests/fuzz/fuzz_common.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wno-missing-prototypes $(LDFLAGS) -o $@ \
	    $< tests/fuzz/driver.c tests/fuzz/fuzz_common.c $(LIB) $(LDLIBS)

# The fast unwinder here: the slow one (see LSAN_OPTIONS above) makes the
# ASan replay of a few thousand inputs 8 times slower, and no leak report
# from Graphviz needs it on these targets.
fuzz-replay: $(FUZZ_REPLAY)
	@set -e; for t in $(FUZZ_TARGETS); do \
	    ASAN_OPTIONS=fast_unwind_on_malloc=1 \
	    LSAN_OPTIONS=suppressions=$(CURDIR)/tests/e2e/lsan.supp:print_suppressions=0 \
	    $(BUILD)/fuzz/replay_$$t tests/fuzz/corpus/$${t#fuzz_}; done

build-fuzz/fuzz/%: tests/fuzz/%.c tests/fuzz/fuzz_common.c \
        tests/fuzz/fuzz_common.h $(LIB)
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wno-missing-prototypes -fsanitize=fuzzer \
	    $(LDFLAGS) -o $@ $< tests/fuzz/fuzz_common.c $(LIB) $(LDLIBS)

fuzz-build: $(FUZZ_BIN)

fuzz:
	$(MAKE) FUZZ=1 fuzz-build
	@set -e; for t in $(if $(T),fuzz_$(T),$(FUZZ_TARGETS)); do \
	    c=$${t#fuzz_}; mkdir -p build-fuzz/corpus/$$c; \
	    echo "== $$t ($(FUZZ_TIME) s)"; \
	    build-fuzz/fuzz/$$t -max_total_time=$(FUZZ_TIME) -timeout=10 \
	        -rss_limit_mb=2048 -print_final_stats=1 \
	        -artifact_prefix=build-fuzz/$$c- \
	        build-fuzz/corpus/$$c tests/fuzz/corpus/$$c; done

# Debian packages kg needs to build, test and render; apt-get runs only when
# one is missing.
deps:
	@sh tools/deps.sh

demo: deps
	$(MAKE) all
	$(KG) build examples/ -o output/ -f dot,graphml,jsonld,gexf,neo4j,jsonl,svg
	@echo "demo: wrote output/graph.{dot,graphml,jsonld,gexf,jsonl,cypher,svg}, output/{nodes,relationships}.csv"

# Unit tests: every binary, or one with T=name (build/tests/test_NAME).
unit: $(TEST_BIN)
	@set -e; for t in $(if $(T),$(BUILD)/tests/test_$(T),$(TEST_BIN)); do \
	    echo "== $$t"; KG_ONTOLOGY_DIR=ontology \
	    KG_SHARED=../shared $$t; done

e2e: $(KG)
	@KG=$(KG) sh tests/e2e/run.sh

clients: $(KG)
	@KG=$(KG) sh tests/clients/run.sh

test: unit e2e clients fuzz-replay

# Hostile input, faults and limits (docs/reliability.md): a 50 MB line,
# 200,000 nested elements, a full disk, SIGINT mid-write, ...
hostile: $(KG)
	@KG=$(KG) sh tests/e2e/hostile.sh

# Quality against gold data (docs/quality.md): `make eval` runs kg on the gold
# sets in ../shared/data (KG_EVAL_DATA overrides; absent sets are skipped) and
# the examples' gold in tests/gold/, prints the table and writes docs/quality.md.
eval: $(KG)
	@KG=$(KG) PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tools/eval/run_eval.py

# The learned fallback coder's model (kg --learned, src/extract/learned.c):
# `make learn` retrains ontology/learned_roots.tsv from our code-book
# sentences and the real-news dev set (tools/learn/train_roots.py; about
# ten minutes; the README there says why these options) and prints the
# cross-validated figures; the model is committed, never trained at build
# or run time.
learn: $(KG)
	@PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tools/learn/train_roots.py \
	    --kg $(KG) --sets codebook,codebook2,realnews --book-bias

# Speed against the peers (docs/performance.md): `make bench` times kg build
# on the news corpora in ../shared/data and, in the same run, wink-nlp and
# compromise (npm-installed into the git-ignored bench/ when missing); writes
# docs/performance.md.  Not part of `check`: it takes minutes and wants a
# quiet machine.
bench: $(KG) $(PEAKRSS)
	@KG=$(KG) KG_PEAKRSS=$(PEAKRSS) PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tools/bench/bench.py

# Scale (docs/performance.md): SCALE_N synthetic documents (default one
# million, generated from the ontology, never stored) streamed through
# kg extract - | kg merge -; time and peak memory of each.  Minutes; not in
# `check`.
scale: $(KG) $(PEAKRSS)
	@KG=$(KG) KG_PEAKRSS=$(PEAKRSS) PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 tools/bench/scale.py

# The scorers' own unit tests (hand-made inputs; no kg run, no shared data).
eval-test:
	@PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 -m unittest discover -s tools/eval -p 'test_*.py'

valgrind:
	$(MAKE) VALGRIND_BUILD=1 BUILD=build-vg BIN=build-vg/bin OPT="-O0 -g" all
	@sh tests/e2e/valgrind.sh build-vg/bin/kg

headertest:
	@set -e; for h in include/kg/*.h; do \
	    echo "#include \"$$h\"" | $(CC) -std=c99 -pedantic -Wall -Wextra \
	        -Werror -Iinclude -x c -fsyntax-only - ; \
	    echo "#include \"$$h\"" | $(CXX) -pedantic -Wall -Wextra -Werror \
	        -Iinclude -x c++ -fsyntax-only - ; done; echo "headertest: ok"

# Banned calls (STYLE.md section 11) and <ctype.h> on text.
lint:
	@! grep -nE '\b(gets|sprintf|vsprintf|strcpy|strcat|strncpy|strtok|atoi|atol)\s*\(' \
	    $(LIB_SRC) $(CLI_SRC) || { echo "lint: banned call"; exit 1; }
	@! grep -n '#include <ctype.h>' $(LIB_SRC) $(CLI_SRC) || \
	    { echo "lint: ctype.h"; exit 1; }
	@! grep -nE '\b(system|popen|execl|execlp|execle|execv|execvp|execve|fork)\s*\(' \
	    $(LIB_SRC) $(CLI_SRC) || { echo "lint: no shell or process calls"; exit 1; }
	@# the ontology's own rules (sorted rows, known codes, valid dates): a
	@# lexicon row merged out of order went unnoticed twice in one session
	@python3 tools/check_ontology.py --quiet ontology || \
	    { echo "lint: ontology (tools/check_ontology.py)"; exit 1; }
	@echo "lint: ok"

check:
	$(MAKE) WERROR=1 all
	$(MAKE) headertest lint eval-test
	$(MAKE) WERROR=1 test hostile
	$(MAKE) SAN=1 WERROR=1 unit e2e fuzz-replay
	$(MAKE) valgrind
	@echo "check: all passed"

clean:
	rm -rf build build-san build-vg build-fuzz bin

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)
