from difflib import SequenceMatcher
a = "a" * 150 + "xyz" + "b" * 100
b = "a" * 120 + "xyz" + "b" * 130 + "c"
for aj in (True, False):
    s = SequenceMatcher(None, a, b, autojunk=aj)
    print(aj, sorted(s.bpopular), sorted(s.bjunk), s.get_matching_blocks(), round(s.ratio(), 6))
lines_a = ["line %d\n" % (i % 7) for i in range(300)]
lines_b = ["line %d\n" % (i % 5) for i in range(250)]
s = SequenceMatcher(None, lines_a, lines_b)
print(len(s.bpopular), s.get_matching_blocks()[:5], len(s.get_opcodes()))
s = SequenceMatcher(lambda l: l == "line 0\n", lines_a, lines_b, autojunk=False)
print(sorted(s.bjunk), s.get_matching_blocks()[:4], round(s.ratio(), 6))
