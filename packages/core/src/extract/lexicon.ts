// The extraction rules' view of the language data: every list lives in `lang/ar/`, compiled in `lang/ar/compiled.ts`.
export * from '../lang/ar/compiled.ts'
