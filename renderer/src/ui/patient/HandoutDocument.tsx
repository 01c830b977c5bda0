import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { HandoutSection } from '../../handout/handoutModel';
import { useHandout } from '../../handout/handoutStore';
import './handout.css';

function cites(numbers: readonly number[]): string {
  return numbers.length > 0 ? ` [${numbers.join(', ')}]` : '';
}

function Sections({ sections }: { sections: readonly HandoutSection[] }) {
  return (
    <>
      {sections.map((section) => (
        <section key={section.heading} className="handout-block">
          <h3>{section.heading}</h3>
          <ul>
            {section.statements.map((s) => (
              <li key={s.text}>
                {s.text}
                {cites(s.cites)}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

/**
 * The printable handout, placed beside the app in the page; hidden on screen, and the only thing
 * printed while it exists (handout.css). Built from the handout model and its pictures.
 */
export function HandoutDocument() {
  const { t } = useTranslation();
  const model = useHandout((s) => s.model);
  const pictures = useHandout((s) => s.pictures);
  const ready = useHandout((s) => s.status === 'ready');
  useEffect(() => {
    document.documentElement.classList.toggle('has-handout', ready);
    return () => document.documentElement.classList.remove('has-handout');
  }, [ready]);
  if (!ready || !model || !pictures) return null;
  return createPortal(
    <article className="handout-document" data-testid="handout-document">
      <header className="handout-head">
        <h1>{model.title}</h1>
        <p className="handout-date">{model.date}</p>
        <p>{model.summary}</p>
      </header>
      <h2>{t('patient.handout.steps')}</h2>
      {model.steps.map((step, i) => (
        <section key={step.id} className="handout-step">
          <img src={pictures.steps[i]} alt={step.alt} />
          <div>
            <h3>
              {step.number}. {step.title}
            </h3>
            <p>
              {step.caption}
              {cites(step.cites)}
            </p>
          </div>
        </section>
      ))}
      <section className="handout-map">
        <h2>{t('patient.handout.tumourMap')}</h2>
        <img src={pictures.tumourMap} alt={model.tumourMap.alt} />
        {model.tumourMap.examples ? <p>{t('patient.handout.exampleTumours')}</p> : null}
        <ol>
          {model.tumourMap.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      </section>
      <section className="handout-expect">
        <h2>{t('patient.expect.title')}</h2>
        <Sections sections={model.whatToExpect} />
        <h2>{t('patient.closing.title')}</h2>
        <Sections sections={model.closing} />
      </section>
      <section className="handout-references">
        <h2>{t('patient.handout.references')}</h2>
        <ol>
          {model.references.map((r) => (
            <li key={r.number} value={r.number}>
              {r.citation}
              {r.url ? ` ${r.url}` : ''}
            </li>
          ))}
        </ol>
      </section>
      <p className="handout-notice" role="note">
        {model.notice}
      </p>
    </article>,
    document.body,
  );
}
