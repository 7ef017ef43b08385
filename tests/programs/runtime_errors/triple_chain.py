def step1():
    raise KeyError('first')

def step2():
    try:
        step1()
    except KeyError as e:
        raise ValueError('second') from e

def step3():
    try:
        step2()
    except ValueError:
        raise RuntimeError('third')

step3()
