b = b'abcabcab'
ba = bytearray(b)
for x in (b, ba):
    print(x.find(b'ab'), x.find(b'ab', 1), x.find(b'ab', -3), x.find(b'ab', 2, 4), x.find(b'zz'), x.find(99), x.find(b''), x.find(b'', 8), x.find(b'', 9), x.find(b'', 3, 1))
    print(x.rfind(b'ab'), x.rfind(b'ab', 0, 5), x.rfind(b''), x.rfind(b'', 2, 5), x.rfind(97))
    print(x.count(b'ab'), x.count(b'a', 1), x.count(b''), x.count(b'', 2, 5), x.count(b'', 5, 2), x.count(98), x.count(b'abcab'))
    print(x.index(b'c'), x.rindex(b'c'), x.find(memoryview(b'bc')), x.find(bytearray(b'ca')), x.find(b'ab', None, None), x.find(b'a', -100, 100))
    for bad in [lambda: x.index(b'z'), lambda: x.find('a'), lambda: x.find(300), lambda: x.find(b'a', 'x'), lambda: x.rindex(b'q', 0, 2), lambda: x.find()]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
