s = "Hello, World"
print(len(s), s[0], s[-1], s[7:], s[:5], s[::2], s[::-1])
print(s.lower(), s.upper(), s.swapcase(), s.title(), "hello world".capitalize())
print(s.count('l'), s.find('o'), s.rfind('o'), s.find('z'), s.index('W'))
try:
    s.index('z')
except ValueError as e:
    print(type(e).__name__, e)
print(s.startswith('Hell'), s.endswith(('x', 'ld')), s.startswith('World', 7))
print(s.replace('l', 'L'), s.replace('l', 'L', 2), s.replace('', '-'))
print('a' in s, 'World' in s, s * 2)
try:
    s[0] = 'h'
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[100]
except IndexError as e:
    print(type(e).__name__, e)
print(s[100:], s[-100:3])
