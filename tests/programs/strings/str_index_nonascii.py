s = "h\u00e9llo w\u00f6rld \U0001F600 " * 300
print(len(s), s[0], s[1], s[-2], s[5000 % len(s)], s[100:112], s[-20:-10])
print(s.find("\U0001F600", 2000), s.rfind("w\u00f6", 0, 3000), s.index("\u00e9", 17))
print(s[::997], s[3000:2900:-7])
total = 0
for i in range(0, len(s), 37):
    total += ord(s[i])
print(total)
