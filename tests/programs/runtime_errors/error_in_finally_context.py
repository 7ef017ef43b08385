def work():
    try:
        raise ValueError('in try')
    finally:
        print('cleanup')
        raise TypeError('in finally')

work()
