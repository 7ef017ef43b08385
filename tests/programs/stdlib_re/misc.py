# escape, purge, the compiled-pattern cache, Scanner and Pattern equality.
import re

print(re.escape('http://example.com/a?b=c&d=[1]'))
print(re.escape('a-b_c d\t'), re.escape(''), re.escape('plain123'))
print(re.match(re.escape('1+1=2?'), '1+1=2?').group())
p1 = re.compile('ab+')
p2 = re.compile('ab+')
print(p1 == p2, p1 == re.compile('ab+', re.I), p1 != re.compile('ab'))
print(re.compile(p1) is p1)
re.purge()
print(re.compile('ab+') == p1, re.purge())
print(re.compile('x' * 250))
print(re.compile('a+').pattern, re.compile(b'a+').pattern)

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('IDENT', tok)),
    (r'\d+\.\d*', lambda s, tok: ('FLOAT', float(tok))),
    (r'\d+', lambda s, tok: ('INT', int(tok))),
    (r'[=+*/-]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3.5 * y1 + 42 ?rest'))
print(scanner.scan(''))

# Patterns with many alternatives and a long subject
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
big = re.compile('|'.join(words))
text = ' '.join(words * 300)
print(len(big.findall(text)), big.search('xx gamma').span())
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'one two three four five'))
print(re.match('(a|b)*c', 'ab' * 20000 + 'c').span())
print(re.match('(?:a|b)*?c', 'ab' * 5000 + 'c').span())
print(re.search(r'(\w+)\s+\1', 'no dup here but here here').group(1))
print(re.findall(r'(\d+)(?:px|em)', '10px 2em 3pt 40px'))
print(re.compile(r'\d+').scanner('a1b22').search().group())
