// harness.h: the test framework the unit tests are written against.
//
// Normally that is criterion. Criterion cannot start under
// ThreadSanitizer (its sandbox fails to set up its shared arena; upstream
// issue Snaipe/Criterion#274), so TSan builds compile the very same test
// files against tests/unit/shim.h, a small runner with criterion's macros.
#ifndef FTPY_TESTS_UNIT_HARNESS_H
#define FTPY_TESTS_UNIT_HARNESS_H

#ifdef FTPY_SANITIZER_THREAD
#include "tests/unit/shim.h"
#else
#include <criterion/criterion.h>
#endif

#endif // FTPY_TESTS_UNIT_HARNESS_H
