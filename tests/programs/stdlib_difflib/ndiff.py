import difflib, sys
a = "one\ntwo\nthree\n".splitlines(keepends=True)
b = "ore\ntree\nemu\n".splitlines(keepends=True)
diff = list(difflib.ndiff(a, b))
print("".join(diff), end="")
print("".join(difflib.restore(diff, 1)), end="")
print("".join(difflib.restore(diff, 2)), end="")
try:
    list(difflib.restore(diff, 3))
except ValueError as e:
    print(type(e).__name__, e)
text1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
text2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
d = difflib.Differ()
sys.stdout.writelines(d.compare(text1, text2))
sys.stdout.writelines(difflib.ndiff(["\tabc\n", "x  y\n", "#\n", "\n"], ["\tabd\n", "x y\n", "\n", "#\n"], linejunk=difflib.IS_LINE_JUNK))
print(difflib.IS_LINE_JUNK("\n"), difflib.IS_LINE_JUNK("  #   \n"), difflib.IS_LINE_JUNK("hello\n"), difflib.IS_LINE_JUNK("##\n"))
print(difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("\t"), difflib.IS_CHARACTER_JUNK("\n"), difflib.IS_CHARACTER_JUNK("x"))
