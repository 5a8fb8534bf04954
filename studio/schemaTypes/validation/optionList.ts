/**
 * Sanity checks that a value is one of the field's `options.list` only when the field has a
 * validation function (it builds the list check into the rule it passes in). Option fields with
 * nothing else to check use this one, so a value written by an import or the API that is not in
 * the list is an error in the Studio too, as it is in the build's zod enum.
 */
export const checkOptionList = <R>(rule: R): R => rule;
