import type { ComponentProps, ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

type FieldShell = {
  name: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
};

const control =
  'block w-full rounded-lg border-0 bg-white px-3 py-2.5 text-base text-slate-900 shadow-sm ring-1 ring-inset placeholder:text-slate-400 focus:ring-2 focus:ring-inset focus:outline-none sm:text-sm';

function controlClass(error?: string) {
  return cn(control, error ? 'ring-red-500 focus:ring-red-600' : 'ring-slate-300 focus:ring-brand-600');
}

function Shell({ name, label, hint, error, optional, children }: FieldShell & { children: ReactNode }) {
  return (
    <div>
      <label htmlFor={`field-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
        {optional ? <span className="ml-1 font-normal text-slate-500">(optional)</span> : null}
      </label>
      {hint ? (
        <p id={`field-${name}-hint`} className="mt-1 text-sm text-slate-500">
          {hint}
        </p>
      ) : null}
      <div className="mt-1.5">{children}</div>
      {error ? (
        <p id={`field-${name}-error`} className="mt-1.5 text-sm font-medium text-red-700" data-testid={`error-${name}`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(name: string, hint?: ReactNode, error?: string) {
  return [hint ? `field-${name}-hint` : '', error ? `field-${name}-error` : ''].filter(Boolean).join(' ') || undefined;
}

type InputProps = FieldShell & Omit<ComponentProps<'input'>, 'name'>;

export function TextField({ name, label, hint, error, optional, className, ...input }: InputProps) {
  return (
    <Shell name={name} label={label} hint={hint} error={error} optional={optional}>
      <input
        id={`field-${name}`}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={cn(controlClass(error), className)}
        {...input}
      />
    </Shell>
  );
}

type TextAreaProps = FieldShell & Omit<ComponentProps<'textarea'>, 'name'>;

export function TextAreaField({ name, label, hint, error, optional, className, ...textarea }: TextAreaProps) {
  return (
    <Shell name={name} label={label} hint={hint} error={error} optional={optional}>
      <textarea
        id={`field-${name}`}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={cn(controlClass(error), 'min-h-40', className)}
        {...textarea}
      />
    </Shell>
  );
}

type SelectProps = FieldShell & Omit<ComponentProps<'select'>, 'name'> & { options: Array<{ value: string; label: string }>; placeholder?: string };

export function SelectField({ name, label, hint, error, optional, options, placeholder, className, ...select }: SelectProps) {
  return (
    <Shell name={name} label={label} hint={hint} error={error} optional={optional}>
      <select
        id={`field-${name}`}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(name, hint, error)}
        className={cn(controlClass(error), 'pr-8', className)}
        {...select}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </Shell>
  );
}
