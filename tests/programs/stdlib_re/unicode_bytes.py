# Unicode-aware classes, case-insensitive matching and bytes patterns.
import re

print(re.findall(r'\w+', 'naïve café Ωμέγα 東京 x_1'))
print(re.findall(r'\d+', '12 ٣٤ ５ ²'))
print([ascii(x) for x in re.findall(r'\s+', 'a\u00a0b\u2003c\td')])
print(re.findall(r'[^\W\d_]+', 'abc_123 déf'))
print(re.sub(r'\W+', '-', 'héllo, wörld!'))
print(re.findall(r'\b\w', 'über öl'))
print(re.match('(?i)ÉCOLE', 'école'), re.match('(?i)straße', 'STRASSE'))
print(re.findall('(?i)[à-ÿ]+', 'ÀÉÎ abc'))
print(re.search('é+', 'caféééé').span(), re.search('東京', '今日は東京へ').span())
print(len(re.findall('.', 'Ωμέγα')), re.split('μ', 'ΩμέμΩ'))
print(re.match(r'\u03a9\U0001F600', 'Ω😀'), re.findall('[😀-😂]', '😀x😁'))
print(re.escape('Ω.x'), re.match(re.escape('a+b?'), 'a+b?'))

# bytes patterns work on bytes and use ASCII semantics
print(re.findall(rb'\w+', b'hello w\xf6rld 123'))
print(re.match(rb'(?i)HELLO', b'hello'), re.match(rb'(?i)\xe9', b'\xc9'))
print(re.sub(rb'\s+', b' ', b'a  b\t\tc'))
print(re.split(rb'[,;]', b'a,b;c'))
print(re.search(rb'\d+', b'abc 42').group(), re.search(rb'\x00\xff', b'a\x00\xffb').span())
p = re.compile(rb'(?P<k>[a-z]+)=(?P<v>\d+)')
m = p.search(b'  x=10 ')
print(p, m, m.groupdict(), m.group('k', 'v'))
print(re.fullmatch(b'[^a]+', b'xyz'), re.escape(b'1+1=2'))
for args in [('a', b'a'), (b'a', 'a')]:
    try:
        re.search(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(b'(?u)a')
except re.error as e:
    print(e)
try:
    re.compile(rb'\u0041')
except re.error as e:
    print(e)
