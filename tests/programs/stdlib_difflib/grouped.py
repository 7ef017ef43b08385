import difflib
s = difflib.SequenceMatcher(None, "abcdefghij", "abcXdefghijY")
print(list(s.get_grouped_opcodes(1)), s.get_opcodes())
s = difflib.SequenceMatcher(None, list(range(300)) * 2, list(range(250)) * 2)
print(len(s.bpopular), s.get_matching_blocks()[:3], round(s.ratio(), 6))
print(list(difflib.ndiff(["abc def\n", "x\n"], ["abd  def\n", "y\n"])))
print(list(difflib.context_diff(["a\n"], [], lineterm="")))
