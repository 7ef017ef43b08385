for f in [lambda: [0]*(2**62), lambda: [0]*(2**64), lambda: 'ab'*(2**62), lambda: (1,)*(2**62), lambda: b'a'*(2**62),
          lambda: [0,1]*(2**61), lambda: 'a'*(2**63), lambda: []*(2**62), lambda: ''*(2**100), lambda: 'ab'*(-2**70),
          lambda: bytearray(b'x')*(2**62), lambda: b'ab' * (2**62), lambda: 'x' * 3.0]:
    try:
        r = f()
        print(repr(r)[:30])
    except BaseException as e:
        print(type(e).__name__, e)
