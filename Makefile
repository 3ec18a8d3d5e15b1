# ftpy's one Makefile, non-recursive.
#
# Two modes:
#  - Driver mode (this file read on its own, in the source tree): targets are
#    forwarded to an out-of-tree build directory, $(BUILD), which is
#    configured on first use. build/ft is the default free-threaded build;
#    BUILD=build/classic selects the classic one (--disable-free-threading).
#  - Build mode (read through a build directory's GNUmakefile, which first
#    includes that directory's config.mk): the real rules below.

ifndef FTPY_CONFIGURED
# ======================================================================
# Driver mode
# ======================================================================
BUILD ?= build/ft
FORWARDED = all check check-unit check-lang check-errors check-repl check-stress \
            install clean lint format run
.PHONY: $(FORWARDED) distclean both check-both regen-exp bench-overhead
.DEFAULT_GOAL := all

$(FORWARDED): $(BUILD)/GNUmakefile
	$(MAKE) -C $(BUILD) $@

configure: configure.ac config.mk.in tools/GNUmakefile.in
	autoreconf -fi

build/ft/GNUmakefile: configure
	mkdir -p build/ft && cd build/ft && ../../configure

build/classic/GNUmakefile: configure
	mkdir -p build/classic && cd build/classic && \
	  ../../configure --disable-free-threading

build/%/GNUmakefile: configure
	@echo "configure $(@D) yourself, e.g.:"
	@echo "  mkdir -p $(@D) && cd $(@D) && ../../configure --with-sanitizer=thread"
	@false

# Both builds, side by side.
both: build/ft/GNUmakefile build/classic/GNUmakefile
	$(MAKE) -C build/ft all
	$(MAKE) -C build/classic all

check-both: both
	$(MAKE) -C build/ft check
	$(MAKE) -C build/classic check

# The expected results of tests/lang and tests/errors, from python3.
regen-exp:
	tools/regen-exp

# The free-threading tax: benchmarks/st/ run by the classic and the
# free-threaded build side by side (median of BENCH_RUNS runs each).
BENCH_RUNS ?= 5
bench-overhead: both
	tools/bench-overhead build/classic/ftpy build/ft/ftpy $(BENCH_RUNS)

distclean:
	rm -rf build autom4te.cache configure config.h.in config.h.in~

else
# ======================================================================
# Build mode
# ======================================================================
.DEFAULT_GOAL := all
# config.h is force-included so that no file can see a different object
# layout or build variant than another.
ALL_CFLAGS = $(FTPY_CFLAGS) $(CFLAGS) -I. -I$(srcdir) -include config.h $(CPPFLAGS)
ALL_LDFLAGS = $(FTPY_LDFLAGS) $(LDFLAGS)

# Each subsystem lists its own sources; see the README.md in each folder.
BASE_SRC = vm/base/mutex.c vm/base/parking.c vm/base/clock.c \
           vm/base/tid.c vm/base/osthread.c vm/base/debug.c
ALLOC_SRC = alloc/heap.c alloc/qsbr.c
GC_SRC =
# The front end, the object types and the built-in modules: every .c file
# in these folders.
src_in = $(patsubst $(srcdir)/%,%,$(sort $(wildcard $(srcdir)/$(1)/*.c)))
COMPILE_SRC = $(call src_in,vm/compile)
OBJECTS_SRC = $(call src_in,vm/objects)
MODULES_SRC = $(call src_in,vm/modules)
VM_SRC = vm/ops.c vm/args.c vm/exc.c vm/state.c vm/thread.c vm/stw.c \
         vm/critical.c vm/refcount.c vm/brc.c vm/object.c vm/gil.c \
         vm/report.c vm/opcodes.c vm/frame.c vm/call.c vm/eval.c \
         vm/eval_ops.c vm/match.c vm/import.c vm/interp.c vm/errors.c \
         vm/run.c vm/repl.c
LIB_SRC = $(BASE_SRC) $(ALLOC_SRC) $(GC_SRC) $(COMPILE_SRC) $(OBJECTS_SRC) \
          $(MODULES_SRC) $(VM_SRC)
MAIN_SRC = vm/main.c
UNIT_SRC = $(sort $(wildcard $(srcdir)/tests/unit/*.c))
UNIT_SRC := $(UNIT_SRC:$(srcdir)/%=%)
# Criterion cannot run under ThreadSanitizer (tests/unit/harness.h): TSan
# builds link the same tests with tests/unit/shim.c instead.
ifeq ($(SANITIZER),thread)
UNIT_LIBS =
else
UNIT_SRC := $(filter-out tests/unit/shim.c,$(UNIT_SRC))
UNIT_LIBS = -lcriterion
endif

LIB_OBJ = $(LIB_SRC:%.c=obj/%.o)
MAIN_OBJ = $(MAIN_SRC:%.c=obj/%.o)
UNIT_OBJ = $(UNIT_SRC:%.c=obj/%.o)
ALL_OBJ = $(LIB_OBJ) $(MAIN_OBJ) $(UNIT_OBJ) $(STRESS_SRC:%.c=obj/%.o)

STRESS_SRC = $(call src_in,tests/stress)
STRESS_BIN = $(STRESS_SRC:tests/stress/%.c=stress/%)
STRESS_SECONDS ?= 3

.PHONY: all check check-unit check-lang check-errors check-repl check-stress \
        check-headers check-layers \
        install clean lint format run
all: ftpy unit-tests $(STRESS_BIN)

# Quiet by default; `make V=1` shows the commands.
Q = $(if $(V),,@)

obj/%.o: $(srcdir)/%.c config.h
	@mkdir -p $(@D)
	@$(if $(V),,echo "  CC      $*.c")
	$(Q)$(CC) $(ALL_CFLAGS) -MMD -MP -c $< -o $@

libftpy.a: $(LIB_OBJ)
	$(Q)rm -f $@
	$(Q)ar rcs $@ $^

ftpy: $(MAIN_OBJ) libftpy.a
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(FTPY_LIBS)

unit-tests: $(UNIT_OBJ) libftpy.a
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(UNIT_LIBS) $(FTPY_LIBS)

# Keep the objects of pattern-built programs (make would delete them as
# intermediates and rebuild them every time).
.SECONDARY: $(STRESS_SRC:%.c=obj/%.o)

stress/%: obj/tests/stress/%.o libftpy.a
	@mkdir -p $(@D)
	@$(if $(V),,echo "  LINK    $@")
	$(Q)$(CC) $(ALL_LDFLAGS) -o $@ $^ $(FTPY_LIBS)

# `make check` runs every test tier that exists; each runner prints its own
# summary line.
check: check-unit check-lang check-errors check-repl check-stress

# Scripts against the output python3 gave (tests/lang, tests/errors). The
# interpreter keeps its immortal objects until exit by design, so leak
# reports are off for it in sanitizer builds.
# Sanitizer and debug builds run scripts several times slower.
SCRIPT_ENV = ASAN_OPTIONS=detect_leaks=0 \
  TEST_TIMEOUT=$(if $(filter-out no,$(SANITIZER))$(filter -O0,$(FTPY_CFLAGS)),60,20)
check-lang: ftpy
	cd $(srcdir) && $(SCRIPT_ENV) tools/run-lang-tests $(CURDIR)/ftpy

check-errors: ftpy
	cd $(srcdir) && $(SCRIPT_ENV) tools/run-error-tests $(CURDIR)/ftpy

check-repl: ftpy
	cd $(srcdir) && $(SCRIPT_ENV) tools/run-repl-tests $(CURDIR)/ftpy

# --jobs=2: the machines this runs on have two cores; tests that need two
# threads spawn them themselves.
# FTPY_SRCDIR lets data-driven tests find their input files.
check-unit: unit-tests
	FTPY_SRCDIR=$(srcdir) \
	  LSAN_OPTIONS=suppressions=$(srcdir)/tests/unit/lsan.supp \
	  ./unit-tests --jobs=2 --timeout 120

# Each stress program runs STRESS_SECONDS (free-threaded, then with the
# GIL on).
check-stress: $(STRESS_BIN)
	@for t in $(STRESS_BIN); do \
	  ./$$t $(STRESS_SECONDS) || exit 1; \
	  STRESS_GIL=1 ./$$t 1 || exit 1; \
	done

run: ftpy
	./ftpy

install: ftpy
	install -d $(DESTDIR)$(bindir)
	install -m 755 ftpy $(DESTDIR)$(bindir)/ftpy

clean:
	rm -rf obj libftpy.a ftpy unit-tests stress

# Every C file and header we own (never build output).
FORMAT_FILES = $(shell cd $(srcdir) && \
  find vm gc alloc tests benchmarks -name '*.[ch]' 2>/dev/null | sort)

format:
	cd $(srcdir) && $(CLANG_FORMAT) -i $(FORMAT_FILES)

# lint: formatting drift, cppcheck, and the -Werror build itself. The
# tests are checked through tests/unit/shim.h, whose macros cppcheck can
# read (it does not parse criterion's system header).
# cppcheck reads the switch dispatch of the eval loop (it cannot parse
# computed goto).
CPPCHECK_FLAGS = --quiet --error-exitcode=1 --inline-suppr \
  -UFTPY_COMPUTED_GOTO \
  --enable=warning,performance,portability \
  --suppress=missingIncludeSystem -I . --include=$(CURDIR)/config.h \
  -D__GNUC__ -D__x86_64__

HEADERS = $(filter %.h,$(FORMAT_FILES))

# Every header compiles on its own (it includes what it uses).
check-headers:
	@for h in $(HEADERS); do \
	  echo "#include \"$$h\"" | $(CC) $(ALL_CFLAGS) -x c -fsyntax-only - \
	    || { echo "check-headers: $$h does not compile alone"; exit 1; }; \
	done; echo "check-headers: ok"

# alloc/ and gc/ stay below vm/ (style rule 6).
check-layers:
	@$(srcdir)/tools/check-layers $(srcdir)

lint: all check-headers check-layers
	cd $(srcdir) && $(CLANG_FORMAT) --dry-run -Werror $(FORMAT_FILES)
	cd $(srcdir) && $(CPPCHECK) $(CPPCHECK_FLAGS) vm gc alloc
	cd $(srcdir) && $(CPPCHECK) $(CPPCHECK_FLAGS) \
	  -DFTPY_SANITIZER_THREAD tests

-include $(ALL_OBJ:.o=.d)
endif
