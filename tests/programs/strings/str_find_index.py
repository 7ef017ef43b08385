s = 'the quick brown fox jumps over the lazy dog'
print(s.find('the'), s.find('the', 1), s.rfind('the'), s.find('the', 5, 10))
print(s.index('fox'), s.rindex('o'), s.count('o'), s.count('the'))
print(s.find(''), s.rfind(''), s.find('', 100), s.find('dog', -3))
print(s.split()[::-1], ' '.join(w.capitalize() for w in s.split()))
print(s.startswith(('a', 'the')), s.endswith('dog', 0, 10))
for sub in ['cat', 'x']:
    try:
        s.rindex(sub)
    except ValueError as e:
        print(type(e).__name__, e)
