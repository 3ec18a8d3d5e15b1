// str_case.h: str's case mappings and character-class predicates, with
// Python's full Unicode rules (vm/objects/unicode.h): 'ß'.upper() is
// 'SS', 'ΣΑΣ'.lower() ends in final sigma, title() capitalises after
// every uncased character.
//
// Concurrency: pure functions of immutable strings.
#ifndef FTPY_VM_OBJECTS_STR_CASE_H
#define FTPY_VM_OBJECTS_STR_CASE_H

#include <stdbool.h>

#include "vm/objects/str.h"

typedef enum StrCaseOp {
    STR_UPPER,
    STR_LOWER,
    STR_CASEFOLD,
    STR_SWAPCASE,
    STR_TITLE,
    STR_CAPITALIZE,
} StrCaseOp;

// s.upper(), s.lower(), ... as a new str.
StrObject *str_change_case(const StrObject *s, StrCaseOp op);

typedef enum StrPredicate {
    STR_ISALPHA,
    STR_ISALNUM,
    STR_ISDECIMAL,
    STR_ISDIGIT,
    STR_ISNUMERIC,
    STR_ISSPACE,
    STR_ISPRINTABLE,
    STR_ISASCII,
    STR_ISUPPER,
    STR_ISLOWER,
    STR_ISTITLE,
    STR_ISIDENTIFIER,
} StrPredicate;

// s.isalpha(), s.isupper(), ... with Python's results for '' too.
bool str_test(const StrObject *s, StrPredicate p);

#endif // FTPY_VM_OBJECTS_STR_CASE_H
