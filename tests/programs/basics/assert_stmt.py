assert True
assert 1 == 1, 'never shown'
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert 1 > 2, 'one is not greater than two'
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], ['message', 'can', 'be', 'any', 'object']
except AssertionError as e:
    print(e.args)
calls = []
def msg():
    calls.append('msg evaluated')
    return 'lazy'
assert True, msg()
print(calls)
try:
    assert None, msg()
except AssertionError as e:
    print(e, calls)
print(__debug__)
