import uuid

def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('none', lambda: uuid.UUID())
attempt('two', lambda: uuid.UUID('12345678123456781234567812345678', int=3))
attempt('short', lambda: uuid.UUID('1234'))
attempt('long', lambda: uuid.UUID('1' * 33))
attempt('nonhex', lambda: uuid.UUID('g' * 32))
attempt('braces', lambda: uuid.UUID('{{12345678123456781234567812345678}}'))
attempt('hexint', lambda: uuid.UUID(5))
attempt('bytes15', lambda: uuid.UUID(bytes=b'x' * 15))
attempt('bytes17', lambda: uuid.UUID(bytes=b'x' * 17))
attempt('bytesle', lambda: uuid.UUID(bytes_le=b'x' * 3))
attempt('fields5', lambda: uuid.UUID(fields=(1, 2, 3, 4, 5)))
attempt('f1', lambda: uuid.UUID(fields=(1 << 32, 0, 0, 0, 0, 0)))
attempt('f2', lambda: uuid.UUID(fields=(0, -1, 0, 0, 0, 0)))
attempt('f3', lambda: uuid.UUID(fields=(0, 0, 1 << 16, 0, 0, 0)))
attempt('f4', lambda: uuid.UUID(fields=(0, 0, 0, 256, 0, 0)))
attempt('f5', lambda: uuid.UUID(fields=(0, 0, 0, 0, 256, 0)))
attempt('f6', lambda: uuid.UUID(fields=(0, 0, 0, 0, 0, 1 << 48)))
attempt('intneg', lambda: uuid.UUID(int=-1))
attempt('intbig', lambda: uuid.UUID(int=1 << 128))
attempt('ver0', lambda: uuid.UUID(int=0, version=0))
attempt('ver6', lambda: uuid.UUID(int=0, version=6))
u = uuid.UUID(int=7)
def setit():
    u.int = 8
attempt('immutable', setit)
def setother():
    u.foo = 1
attempt('immutable2', setother)
attempt('lt', lambda: u < 7)
attempt('eq', lambda: u == 7)
attempt('ne', lambda: u != 'x')
attempt('uuid3int', lambda: uuid.uuid3(uuid.NAMESPACE_DNS, 5))
attempt('uuid5ns', lambda: uuid.uuid5('x', 'y'))
