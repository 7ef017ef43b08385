# sub/subn with template strings, group references and callables.
import re

print(re.sub(r'def\s+([a-zA-Z_][a-zA-Z_0-9]*)\s*\(\s*\):',
             r'static PyObject*\npy_\1(void)\n{', 'def myfunc():'))
print(re.sub('a', 'b', 'banana'))
print(re.sub('a', 'b', 'banana', count=2))
print(re.subn('a', 'b', 'banana'))
print(re.subn('a', 'b', 'banana', 1))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@example and ann@test'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'hi there'))
print(re.sub(r'(\w+)', r'\g<1>0', 'ab cd'))
print(re.sub(r'x', r'\g<0>\g<0>', 'axbx'))
print(repr(re.sub('a', r'\n\t\\', 'bab')))
print(repr(re.sub('a', '\\&', 'bab')))
print(repr(re.sub('(a)', r'\01\1', 'a')))
print(re.sub('(a)|b', r'[\1]', 'abc'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub('(?m)^', '> ', 'line one\nline two'))
print(re.sub('$', '!', 'end\n'))
print(re.sub('[aeiou]', lambda m: m.group().upper(), 'programming language'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(?P<n>\d)', lambda m: m.expand(r'<\g<n>>'), '1x2'))
calls = []
def rep(m):
    calls.append(m.span())
    return ''
print(repr(re.sub('a|', rep, 'bab')), calls)
print(re.sub('A', 'b', 'aAa', flags=re.I))
print(re.compile('o').sub('0', 'foo boo', 3))
print(re.compile('o').subn(lambda m: '0', 'foo boo'))
print(re.sub(b'(o+)', b'[\\1]', b'foo boo'))
print(re.sub(b'o', lambda m: b'0', b'foo'))
print(re.subn(b'\\s', b'', b' a b '))

for bad in [r'\g<3>', r'\g<name>', r'\g', r'\g<', r'\g<1', r'\q', '\\', r'\9', r'\g<-1>', r'\g<1a>']:
    try:
        re.sub('(a)', bad, 'a')
    except (re.error, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    re.sub('a', 5, 'a')
except TypeError as e:
    print('TypeError', e)
