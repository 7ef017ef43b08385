import difflib, keyword
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", keyword.kwlist))
print(difflib.get_close_matches("pineapple", keyword.kwlist))
print(difflib.get_close_matches("accept", keyword.kwlist))
print(difflib.get_close_matches("abcd", ["abce", "abdc", "bcda", "abcd", "dcba", "ab"], n=4, cutoff=0.5))
print(difflib.get_close_matches("x", []))
for args in [(0, 0.6), (3, 1.5), (3, -0.1)]:
    try:
        difflib.get_close_matches("a", ["a"], *args)
    except ValueError as e:
        print(type(e).__name__, e)
