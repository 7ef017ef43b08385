# wordfreq: text processing with dicts and strings: generate pseudo-random
# text from syllables with a hand-written PRNG, then tokenize, normalize,
# count word frequencies, bigrams and letter statistics, and print the top
# entries sorted deterministically.
# quick: 2000
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "zen", "qua",
             "ber", "dal", "fen", "gri", "hol", "jun", "mar", "pol", "tre", "wyn"]
PUNCT = [",", ".", ";", "!", "?", ""]


class Rand:
    def __init__(self, seed):
        self.x = seed

    def next(self, n):
        # 31-bit Park-Miller minimal standard generator
        self.x = (self.x * 48271) % 2147483647
        return self.x % n


def generate_text(n, rng):
    vocab = []
    for i in range(600):
        k = 1 + rng.next(3)
        vocab.append("".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(k)))
    words = []
    for i in range(n):
        # skewed choice: small indexes are much more frequent
        idx = min(rng.next(600), rng.next(600), rng.next(600))
        w = vocab[idx]
        if rng.next(10) == 0:
            w = w.capitalize()
        w += PUNCT[rng.next(len(PUNCT))] if rng.next(4) == 0 else ""
        words.append(w)
        if rng.next(12) == 0:
            words.append("\n")
    return " ".join(words)


def tokenize(text):
    out = []
    for line in text.splitlines():
        for raw in line.split():
            w = raw.strip(",.;!?").lower()
            if w:
                out.append(w)
    return out


def main(n):
    rng = Rand(2024)
    text = generate_text(n, rng)
    words = tokenize(text)
    freq = {}
    for w in words:
        freq[w] = freq.get(w, 0) + 1
    bigrams = {}
    for a, b in zip(words, words[1:]):
        key = a + " " + b
        if key in bigrams:
            bigrams[key] += 1
        else:
            bigrams[key] = 1
    letters = {}
    for w in freq:
        for ch in w:
            letters[ch] = letters.get(ch, 0) + freq[w]
    by_len = {}
    for w, c in freq.items():
        by_len.setdefault(len(w), []).append(w)
    top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    top_bi = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("chars %d lines %d words %d distinct %d" % (len(text), text.count("\n") + 1, len(words), len(freq)))
    for w, c in top:
        print("%-12s %6d" % (w, c))
    for b, c in top_bi:
        print("%-24s %6d" % (b, c))
    print(" ".join("%s:%d" % kv for kv in sorted(letters.items())))
    print(sorted((k, len(v)) for k, v in by_len.items()))
    capitalized = sum(1 for t in text.split() if t[:1].isupper())
    print("capitalized", capitalized, "longest", max(freq, key=lambda w: (len(w), w)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400000)
