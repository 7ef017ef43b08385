# Lookahead, lookbehind, atomic groups and possessive quantifiers.
import re

print(re.findall(r'\w+(?=,)', 'a, bb, ccc.'))
print(re.findall(r'\w+(?!\w|,)', 'a, bb, ccc.'))
print(re.findall(r'(?<=-)\w+', 'spam-egg -ham'))
print(re.findall(r'(?<!-)\b\w+', 'spam-egg -ham'))
print(re.search(r'(?<=abc)def', 'abcdef'))
print(re.match(r'(?<=abc)def', 'abcdef'), re.compile(r'(?<=b)a').match('ba', 1))
print(re.search('(?=(a+))a*b\\1', 'baaabac').groups())
print(re.findall(r'(?=(\w\w))', 'abcd'))
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?!abc)\w+', 'abd'), re.match(r'(?!abc)\w+', 'abc'))
print(re.findall(r'\b(?!un)\w+', 'undo redo unity do'))
print(re.match(r'(?:(?!ab).)*', 'xxabxx').group())
print(re.findall(r'(?:^|(?<=,))\w*', 'a,,b'))
print(re.findall(r'(?<![a-z])\d', 'a1 2 b3 4'))
print(re.search(r'(?<=(a))b', 'ab').groups(), re.search(r'(?=(a))', 'ba').span(1))
print(re.search(r'(?<!(a))b', 'xb').groups())
print(re.match(r'(?<=a{2})b', 'aab', 2), re.search(r'(?<=(?:ab){2})c', 'ababc'))
print(re.search(r'\w+(?<=\d)', 'abc1 x'))
print(re.search(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abc123'), re.search(r'^(?=.*\d)(?=.*[a-z]).{6,}$', 'abcdef'))

# atomic groups and possessive quantifiers (3.11+)
print(re.match('(?>a*)a', 'aaa'), re.match('a*a', 'aaa'))
print(re.match('a*+a', 'aaa'), re.match('a++', 'aaa'), re.match('a?+a', 'a'))
print(re.match('(?:ab)*+ab', 'ababab'), re.match('(?:ab)++c', 'ababc'))
print(re.match('a{1,2}+a', 'aaa'), re.match('a{1,2}+a', 'aa'))
print(re.match('(?>(a+))b', 'aab').groups(), re.match('(?>x|xy)z', 'xyz'))
print(re.findall(r'"(?>[^"\\]+|\\.)*"', r'say "a\"b" and "c"'))
print(re.match(r'(?>a|ab)c', 'abc'), re.match(r'(?:a|ab)c', 'abc'))

for pat in [r'(?<=a+)b', r'(?<=a|bc)d', r'(?<!x*)y', r'(?<=(a)\1)b']:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(pat), 'error:', e, e.pos)
