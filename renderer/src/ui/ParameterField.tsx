import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatPlain } from '../i18n/format';
import type { ParamDefinition } from '../physiology';
import { parameterUnit } from './parameterUnit';

interface ParameterFieldProps {
  definition: ParamDefinition;
  value: number;
  /** Source citations shown when the field is hovered or focused. */
  sources: string;
  /** Returns an error message for a rejected value, or null when it was taken. */
  onCommit(value: number): string | null;
}

/** One model parameter: its value, unit, allowed range and where the default comes from. */
export function ParameterField({ definition, value, sources, onCommit }: ParameterFieldProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState(String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(String(value));
    setError(null);
  }, [value]);

  const commit = () => {
    const parsed = text.trim() === '' ? Number.NaN : Number(text);
    setError(onCommit(parsed));
  };

  return (
    <div className="parameter">
      <label htmlFor={id}>
        {t(`${definition.labelKey}.label`)}{' '}
        <span className="unit">({parameterUnit(t, definition.unit)})</span>
      </label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step="any"
        min={definition.min}
        max={definition.max}
        value={text}
        aria-invalid={error !== null}
        aria-describedby={`${id}-help${error ? ` ${id}-error` : ''}`}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <p id={`${id}-help`} className="parameter-help">
        {t('parameters.range', {
          min: formatPlain(definition.min, i18n.language),
          max: formatPlain(definition.max, i18n.language),
          unit: parameterUnit(t, definition.unit),
        })}{' '}
        {definition.assumed
          ? sources
            ? t('parameters.assumedWithSource', { why: t(definition.assumed), sources })
            : t('parameters.assumed', { why: t(definition.assumed) })
          : t('parameters.source', { sources })}
      </p>
      {error ? (
        <p id={`${id}-error`} className="parameter-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
