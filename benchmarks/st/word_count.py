# Dict-heavy work: counting pseudo-random words, merging counts and
# inverting the table.
SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "su"]


def make_words(n, seed):
    x = seed
    words = []
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        k = 1 + x % 3
        w = ""
        y = x
        for j in range(k):
            w += SYLLABLES[y % 10]
            y //= 10
        words.append(w)
    return words


def count(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return out


def invert(counts):
    by_count = {}
    for w, c in counts.items():
        by_count.setdefault(c, []).append(w)
    return by_count


words = make_words(1500000, 7)
c1 = count(words[:750000])
c2 = count(words[750000:])
merged = merge(c1, c2)
inv = invert(merged)
top = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("distinct", len(merged), "buckets", len(inv))
print("top", top)
print("checksum", sum([len(w) * c for w, c in merged.items()]) + len(inv))
