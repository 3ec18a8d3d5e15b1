// random_impl.h: what the two halves of the random module share.
// random.c owns the hidden generator and its draws; random_seq.c the
// functions over sequences (choice, shuffle, sample, choices).
//
// Concurrency: the draws lock the generator's leaf mutex themselves and
// may be called from any attached thread; they never run Python code.
#ifndef FTPY_VM_MODULES_RANDOM_IMPL_H
#define FTPY_VM_MODULES_RANDOM_IMPL_H

#include <gmp.h>
#include <stdint.h>

#include "vm/object.h"

// random.random(): 53 random bits as a double in [0, 1).
double random_double(void);
// CPython's _randbelow_with_getrandbits: uniform in [0, n), n > 0,
// drawing n.bit_length() bits until the value is below n.
uint64_t random_below_u64(uint64_t n);
void random_below_mpz(mpz_t out, mpz_srcptr n);

// The sequence functions, NULL-name terminated (random_seq.c).
extern const MethodDef random_seq_functions[];

#endif // FTPY_VM_MODULES_RANDOM_IMPL_H
