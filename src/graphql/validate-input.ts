/**
 * Runs the class-validator rules of a mutation's input object and turns the first failure
 * into BAD_USER_INPUT naming the field by its path (`input.evidence[0].quote`); then every
 * string in it must be storable text (input-text.ts).
 */
import { validate, ValidationError, ValidateBy, ValidationOptions } from 'class-validator';
import { badInput } from '../api-errors';
import { parsePartialDate } from '../domain/partial-date';
import { checkInputText, hasVisibleText } from './input-text';

function firstFailure(errors: ValidationError[], path: string): { path: string; message: string } | null {
  for (const error of errors) {
    const here = /^\d+$/.test(error.property) ? `${path}[${error.property}]` : `${path}.${error.property}`;
    const message = Object.values(error.constraints ?? {})[0];
    if (message)
      return {
        path: here,
        message: message.startsWith(`${error.property} `)
          ? message.slice(error.property.length + 1)
          : message,
      };
    const inner = firstFailure(error.children ?? [], here);
    if (inner) return inner;
  }
  return null;
}

export async function validateInput(argument: string, input: object): Promise<void> {
  const failure = firstFailure(
    await validate(input, { forbidUnknownValues: false, stopAtFirstError: true }),
    argument,
  );
  if (failure) throw badInput(failure.path, failure.message);
  checkInputText(argument, input);
}

/** Not blank once spaces and invisible characters (zero-width spaces, joiners ...) are removed. */
export function HasVisibleText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'hasVisibleText',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && hasVisibleText(value),
        defaultMessage: () =>
          'must not be blank (spaces and invisible characters such as zero-width spaces do not count)',
      },
    },
    options,
  );
}

export function IsEdtf(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEdtf',
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || value.length > 64) return false;
          try {
            parsePartialDate(value);
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: () => 'must be an EDTF date such as 1933, 1933-09, 1945/1950, 193X or 1930~',
      },
    },
    options,
  );
}
