s = 'héllo wörld 🐍!'
print(s[1], s[7], s[-2], s[6:11], s[::-1], len(s), s[12:])
words = 'the quick brown fox'
print(words[4:9], words[words.index('b'):], words[:words.find(' ')], words.split()[1][::-1])
def is_pal(w):
    w = ''.join(c for c in w.lower() if c.isalnum())
    return w == w[::-1]
print(is_pal('A man, a plan, a canal: Panama'), is_pal('hello'))
print('abcdef'[::2] + 'abcdef'[1::2])
print('x' * 5 + 'y'[:0] + 'z'[0:1])
