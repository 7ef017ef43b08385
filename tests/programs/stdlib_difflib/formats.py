import difflib, sys
a = ["one\n", "two\n", "three\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n"]
b = ["zero\n", "one\n", "tree\n", "four\n", "five\n", "six\n", "seven\n", "eight\n", "nine\n", "ten\n", "eleven\n"]
sys.stdout.writelines(difflib.unified_diff(a, b, "before.py", "after.py", "2024-01-01", "2024-01-02"))
sys.stdout.writelines(difflib.unified_diff(a, b, n=1))
sys.stdout.writelines(difflib.context_diff(a, b, "before.py", "after.py"))
sys.stdout.writelines(difflib.context_diff(a, b, n=0))
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
print(list(difflib.unified_diff(a, a)))
print(list(difflib.context_diff([], ["x\n"])))
for bad in [lambda: list(difflib.unified_diff([1], ["a"])), lambda: list(difflib.unified_diff(["a"], ["b"], fromfile=3)), lambda: list(difflib.context_diff(["a"], [b"b"]))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n", b"\xffb\n"], [b"a\n", b"c\n"], b"x", b"y")))
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["a"], [b"b"]))
except TypeError as e:
    print(type(e).__name__, e)
