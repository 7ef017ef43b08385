print('importing')
import definitely_not_a_real_module
