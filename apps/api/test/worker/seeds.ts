import seed000 from '../../../../seeds/000_c46bd0adb6ed7856.txt?raw'
import seed003 from '../../../../seeds/003_52349cd9e965743e.txt?raw'

/** The two outlets' reports of one call, as `seeds/` holds them. */
export const SEED_000 = { id: '000_c46bd0adb6ed7856', text: seed000 }
export const SEED_003 = { id: '003_52349cd9e965743e', text: seed003 }
