import random, difflib
rng = random.Random(12345)
out = []
for trial in range(300):
    alpha = rng.choice(["ab", "abc", "abcdefg", "xy z\t"])
    la = rng.randrange(0, 30 if trial % 10 else 400)
    lb = rng.randrange(0, 30 if trial % 10 else 400)
    a = ''.join(rng.choice(alpha) for _ in range(la))
    b = ''.join(rng.choice(alpha) for _ in range(lb))
    junk = [None, lambda c: c == ' ', lambda c: c in 'ab'][trial % 3]
    s = difflib.SequenceMatcher(junk, a, b, autojunk=bool(trial % 2))
    out.append(repr(s.get_matching_blocks()))
    out.append(repr(s.get_opcodes()))
    out.append(repr(list(s.get_grouped_opcodes(trial % 4))))
    out.append(repr((s.ratio(), s.quick_ratio(), s.real_quick_ratio())))
    out.append(repr(s.find_longest_match(1, la - 1, 2, lb)))
    al = [rng.choice(["foo\n", "bar\n", "baz\n", "fooo\n", "  x = 1\n", "  x = 2\n", "#\n", "\n", "hello world\n", "hello  wrld\n", "barr\n"]) for _ in range(rng.randrange(0, 15))]
    bl = [rng.choice(["foo\n", "bar\n", "baz\n", "fob\n", "  x = 1\n", "  y = 1\n", "#\n", "\n", "hello world\n", "help world\n", "bar\n"]) for _ in range(rng.randrange(0, 15))]
    out.append(''.join(difflib.ndiff(al, bl)))
    out.append(''.join(difflib.ndiff(al, bl, linejunk=difflib.IS_LINE_JUNK)))
    out.append(''.join(difflib.unified_diff(al, bl, 'a.txt', 'b.txt', n=trial % 4)))
    out.append(''.join(difflib.context_diff(al, bl, 'a.txt', 'b.txt', '2020', '2021', n=trial % 4)))
    d = list(difflib.ndiff(al, bl))
    out.append(repr((list(difflib.restore(d, 1)) == al, list(difflib.restore(d, 2)) == bl)))
    out.append(repr(difflib.get_close_matches(a[:5], [b[:5], b[3:8], a[1:6], "abc", "ab"], n=3, cutoff=0.3)))
print('\n'.join(out))
