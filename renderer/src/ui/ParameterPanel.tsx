import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parameterDefinitions, presetParams, presetsFor, validateParams } from '../physiology';
import { bundledReferences } from '../references/bundled';
import { useAppStore } from '../store/appStore';
import { useSolution } from '../store/solutionCache';
import { CommandButton } from './commands/CommandButton';
import { ParameterField } from './ParameterField';

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
    () => new Map(bundledReferences.references.map((r) => [r.id, r.citation.split('.')[0] ?? r.id])),
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
        unit: definition.unit,
      });
    }
    const result = validateParams(procedure, { ...solution.params, [name]: value });
    if (!result.ok) return result.errors.join('; ');
    setParams({ [name]: value });
    return null;
  };

  // Published protocol variants (IHP: NCI, Leiden): choosing one sets its parameters at once.
  const presets = useMemo(() => presetsFor(procedure.id), [procedure]);
  const activePreset =
    presets.find((p) => Object.entries(p.params).every(([name, value]) => solution.params[name] === value))
      ?.id ?? '';
  const choosePreset = (id: string) => {
    const chosen = presetParams(procedure.id, id);
    if (chosen.ok) setParams(chosen.params);
  };

  return (
    <section className="parameter-panel" aria-labelledby="parameters-title">
      <h2 id="parameters-title" className="panel-title">
        {t('parameters.title')}
      </h2>
      {presets.length > 0 ? (
        <label className="parameter-preset">
          {t('physiology.preset.label')}{' '}
          <select value={activePreset} onChange={(event) => choosePreset(event.target.value)}>
            <option value="" disabled>
              {t('physiology.preset.custom')}
            </option>
            {presets.map((preset) => (
              <option key={preset.id} value={preset.id}>
                {t(preset.labelKey)}
              </option>
            ))}
          </select>
        </label>
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
