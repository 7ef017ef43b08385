from difflib import SequenceMatcher, Match
s = SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3))
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
s = SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9), s.find_longest_match())
s = SequenceMatcher(lambda x: x == " ", " abcd", "abcd abcd")
print(s.find_longest_match(0, 5, 0, 9))
s.set_seqs("qabxcd", "abycdf")
print(s.get_opcodes())
s.set_seq1("abycdf"); print(s.ratio())
print(SequenceMatcher(None, "", "").ratio(), SequenceMatcher(None, "", "").get_opcodes(), list(SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(Match(1, 2, 3), Match._fields)
a = list(map(str, range(1, 40)))
b = a[:]; b[8:8] = ['i']; b[20] += 'x'; b[23:28] = []; b[30] += 'y'
for g in SequenceMatcher(None, a, b).get_grouped_opcodes():
    print(g)
print(SequenceMatcher[int])
