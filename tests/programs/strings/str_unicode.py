s = 'naïve café 日本語 🐍'
print(len(s), s[2], s[-1], s.upper(), s[11:14])
print(ord('a'), ord('é'), ord('日'), ord('🐍'), chr(97), chr(233), chr(0x1F40D))
print(repr(s), ascii(s))
print(s.encode('utf-8'))
print(s.encode('utf-8').decode('utf-8') == s)
print('ß'.upper(), 'ǅ'.lower(), 'Straße'.casefold(), 'ΣΑΣ'.lower())
print(repr('\x00\x07\x1f\x7f\x80\xa0\xff\u2028\U0001F600'))
print(repr("it's"), repr('say "hi"'), repr('both \' and "'), repr('back\\slash'))
print('\N{GREEK SMALL LETTER ALPHA}', '\u03b1' == 'α', '\101\x41\u0041')
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord('ab')
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(['b', 'A', 'é', 'a', 'Z', '日']))
