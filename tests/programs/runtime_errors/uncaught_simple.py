print('started')
value = 'abc'
raise ValueError(f'bad value: {value}')
