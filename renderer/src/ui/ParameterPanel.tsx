import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parameterDefinitions, presetsFor, validateParams } from '../physiology';
import { bundledReferences } from '../references/bundled';
import { useAppStore } from '../store/appStore';
import { useSolution } from '../store/solutionCache';
import { CommandButton } from './commands/CommandButton';
import { CommandToggle } from './commands/CommandToggle';
import { ParameterField } from './ParameterField';
import { parameterUnit } from './parameterUnit';

/**
 * The clinician's panel: every model parameter with its unit, range and source. A change is
 * validated and, if accepted, the model is solved again at once; Reset restores the defaults.
 */
export function ParameterPanel() {
  const { t } = useTranslation();
  const { procedure, solution } = useSolution();
  const setParams = useAppStore((s) => s.setPhysiologyParams);
  const definitions = useMemo(() => parameterDefinitions(procedure), [procedure]);
  const citations = useMemo(
    // A citation's first sentence; a decimal point ("0.5 L/kg") does not end one.
    () => new Map(bundledReferences.references.map((r) => [r.id, r.citation.split(/\.\s/)[0] ?? r.id])),
    [],
  );

  const commit = (name: string, value: number): string | null => {
    const definition = definitions.find((d) => d.name === name);
    if (definition && !(value >= definition.min && value <= definition.max)) {
      return t('parameters.invalid', {
        label: t(`${definition.labelKey}.label`),
        value: Number.isNaN(value) ? '—' : value,
        min: definition.min,
        max: definition.max,
        unit: parameterUnit(t, definition.unit),
      });
    }
    const result = validateParams(procedure, { ...solution.params, [name]: value });
    if (!result.ok) return result.errors.join('; ');
    setParams({ [name]: value });
    return null;
  };

  const hasPresets = useMemo(() => presetsFor(procedure.id).length > 0, [procedure]);

  return (
    <section className="parameter-panel" aria-labelledby="parameters-title">
      <h2 id="parameters-title" className="panel-title">
        {t('parameters.title')}
      </h2>
      {hasPresets ? (
        // Radios rather than a drop-down: each protocol's description is long (and longer translated),
        // and a closed drop-down would cut it. None is checked while the values match no preset.
        <fieldset className="parameter-preset">
          <legend>{t('physiology.preset.label')}</legend>
          {presetsFor(procedure.id).map((preset) => (
            <CommandToggle key={preset.id} command="choosePreset" arg={preset.id} type="radio" name="preset">
              {t(preset.labelKey)}
            </CommandToggle>
          ))}
        </fieldset>
      ) : null}
      {definitions.map((definition) => (
        <ParameterField
          key={`${procedure.id}-${definition.name}`}
          definition={definition}
          value={solution.params[definition.name] ?? definition.default}
          sources={definition.source.map((id) => citations.get(id) ?? id).join('; ')}
          onCommit={(value) => commit(definition.name, value)}
        />
      ))}
      <CommandButton command="resetParameters" />
    </section>
  );
}
