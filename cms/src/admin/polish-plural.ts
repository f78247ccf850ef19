const rules = new Intl.PluralRules('pl-PL')

/** The Polish form of a word for a count, by the platform's plural rules: 1 znak, 2–4 znaki, 5 znaków, 22 znaki. */
export const polishPlural = (count: number, forms: { one: string; few: string; many: string }): string => {
  const category = rules.select(count)
  return category === 'one' ? forms.one : category === 'few' ? forms.few : forms.many
}
