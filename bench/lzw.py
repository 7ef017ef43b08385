# lzw: Lempel-Ziv-Welch compression and decompression of generated text
# (dict lookups keyed by strings, list-of-int codes), plus a bit-packing
# pass and a Huffman code-length computation using a hand-written heap.
# quick: 2000
import sys


def make_text(n):
    words = ["lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing",
             "elit", "sed", "do", "eiusmod", "tempor", "incididunt", "ut", "labore"]
    out = []
    x = 12345
    for i in range(n):
        x = (x * 214013 + 2531011) % 4294967296
        out.append(words[(x >> 16) % len(words)])
        if (x >> 8) % 9 == 0:
            out.append(".\n")
    return " ".join(out)


def compress(text):
    table = {chr(i): i for i in range(256)}
    nxt = 256
    w = ""
    codes = []
    for ch in text:
        wc = w + ch
        if wc in table:
            w = wc
        else:
            codes.append(table[w])
            if nxt < 65536:
                table[wc] = nxt
                nxt += 1
            w = ch
    if w:
        codes.append(table[w])
    return codes


def decompress(codes):
    table = {i: chr(i) for i in range(256)}
    nxt = 256
    w = table[codes[0]]
    out = [w]
    for code in codes[1:]:
        if code in table:
            entry = table[code]
        elif code == nxt:
            entry = w + w[0]
        else:
            raise ValueError("bad code %d" % code)
        out.append(entry)
        if nxt < 65536:
            table[nxt] = w + entry[0]
            nxt += 1
        w = entry
    return "".join(out)


def pack_bits(codes, width):
    acc = 0
    nbits = 0
    out = bytearray()
    for c in codes:
        acc = (acc << width) | c
        nbits += width
        while nbits >= 8:
            nbits -= 8
            out.append((acc >> nbits) & 0xFF)
        acc &= (1 << nbits) - 1
    if nbits:
        out.append((acc << (8 - nbits)) & 0xFF)
    return bytes(out)


def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent


def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i = 0
    n = len(heap)
    while True:
        l = 2 * i + 1
        r = l + 1
        small = i
        if l < n and heap[l] < heap[small]:
            small = l
        if r < n and heap[r] < heap[small]:
            small = r
        if small == i:
            break
        heap[i], heap[small] = heap[small], heap[i]
        i = small
    return top


def huffman_lengths(freq):
    heap = []
    for i, (sym, f) in enumerate(sorted(freq.items())):
        heap_push(heap, (f, i, [sym]))
    lengths = {s: 0 for s in freq}
    tie = len(heap)
    while len(heap) > 1:
        f1, _, s1 = heap_pop(heap)
        f2, _, s2 = heap_pop(heap)
        for s in s1:
            lengths[s] += 1
        for s in s2:
            lengths[s] += 1
        heap_push(heap, (f1 + f2, tie, s1 + s2))
        tie += 1
    return lengths


def main(n):
    text = make_text(n)
    codes = compress(text)
    back = decompress(codes)
    print("text %d chars -> %d codes, max code %d, roundtrip %s" % (len(text), len(codes), max(codes), back == text))
    packed = pack_bits(codes, 16)
    print("packed bytes", len(packed), sum(packed) % 65521)
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    lengths = huffman_lengths(freq)
    bits = sum(freq[s] * lengths[s] for s in freq)
    print("huffman bits", bits, "ratio %.4f" % (bits / (8.0 * len(text))))
    print(sorted(lengths.items())[:6])


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 600000)
