for ch in 'héllo':
    print(ch, end=' ')
print()
print(list(enumerate('ab')), list(reversed('abc')), sorted('banana'), max('hello'), min('hello'))
print([c for c in 'abcdef' if c in 'aeiou'])
print(''.join(sorted(set('mississippi'))))
it = iter('xy')
print(next(it), next(it), next(it, 'end'))
print(dict.fromkeys('aab'), 'abc'[1:2] == 'b', 'ab' < 'abc')
