# Word frequency counter over an embedded text.
TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way -- in short, the period was
so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative
degree of comparison only.
"""

STOP_WORDS = ["the", "of", "it", "was", "a", "to", "in", "we", "for", "or",
              "on", "so", "its", "that", "us", "all", "had"]


def normalize(word):
    word = word.lower()
    out = ""
    for ch in word:
        if ch.isalpha() or ch == "'":
            out += ch
    return out


def tokenize(text):
    words = []
    for raw in text.split():
        w = normalize(raw)
        if w:
            words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def top_n(counts, n):
    items = list(counts.items())
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    return items[:n]


def histogram(pairs, width):
    if not pairs:
        return []
    biggest = pairs[0][1]
    lines = []
    for word, n in pairs:
        bar = "#" * max(1, n * width // biggest)
        lines.append(word.ljust(12) + str(n).rjust(3) + " " + bar)
    return lines


def length_distribution(words):
    dist = {}
    for w in words:
        dist[len(w)] = dist.get(len(w), 0) + 1
    return dict(sorted(dist.items()))


def first_letters(words):
    letters = {}
    for w in words:
        letters.setdefault(w[0], set()).add(w)
    summary = []
    for letter in sorted(letters):
        summary.append(letter + ":" + str(len(letters[letter])))
    return " ".join(summary)


def bigrams(words):
    pairs = {}
    for i in range(len(words) - 1):
        key = words[i] + " " + words[i + 1]
        pairs[key] = pairs.get(key, 0) + 1
    return pairs


words = tokenize(TEXT)
print("total words:", len(words))
counts = count_words(words)
print("distinct words:", len(counts))
print()
print("top 10 words:")
for line in histogram(top_n(counts, 10), 30):
    print("  " + line)
print()
content = {}
for w, n in counts.items():
    if w not in STOP_WORDS:
        content[w] = n
print("top content words:")
for w, n in top_n(content, 8):
    print("  " + w + " x" + str(n))
print()
print("word lengths:", length_distribution(words))
print("longest:", sorted([w for w in counts if len(w) == max(map(len, counts))]))
print("first letters:", first_letters(words))
print()
top_bigrams = top_n(bigrams(words), 5)
print("top bigrams:")
for pair, n in top_bigrams:
    print("  " + repr(pair).ljust(18), n)
once = sorted([w for w, n in counts.items() if n == 1])
print()
print("hapax legomena:", len(once))
print(", ".join(once[:12]))
lines = [l for l in TEXT.splitlines() if l.strip()]
print()
print("lines:", len(lines))
for i, line in enumerate(lines, 1):
    print(str(i).rjust(2), str(len(line.split())).rjust(3), line[:30])
