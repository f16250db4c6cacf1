import { useTranslation } from 'react-i18next';
import { sourceById, type Block } from '../../content';
import { WarningText } from './govuk';

/* A guidance item is structured data from content/, rendered as text, never as markup. */

export function Sources({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  return (
    <p className="govuk-body-s app-sources">
      {t('guidance.sourcesLabel')}{' '}
      {ids.map((id, index) => {
        const source = sourceById(id);
        return (
          <span key={id}>
            {index > 0 && ', '}
            {source ? (
              <a className="govuk-link" href={source.url} target="_blank" rel="noopener noreferrer" data-source={id}>
                {t(`sources:${id}`, { defaultValue: id })}
                <span className="govuk-visually-hidden"> {t('guidance.opensInNewTab')}</span>
              </a>
            ) : (
              id
            )}
          </span>
        );
      })}
    </p>
  );
}

export function Unconfirmed({ ids }: { ids?: readonly string[] }) {
  const { t } = useTranslation();
  if (!ids || ids.length === 0) return null;
  return (
    <strong className="govuk-tag govuk-tag--yellow app-unconfirmed" data-unconfirmed={ids.join(' ')}>
      {t('guidance.toBeConfirmed')}
    </strong>
  );
}

export function GuidanceBlock({ block }: { block: Block }) {
  const body = (() => {
    switch (block.type) {
      case 'paragraph':
        return (
          <p className="govuk-body">
            {block.text} <Unconfirmed ids={block.unconfirmed} />
          </p>
        );
      case 'list':
        return (
          <>
            {block.intro && <p className="govuk-body">{block.intro}</p>}
            <ul className="govuk-list govuk-list--bullet">
              {block.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
            <Unconfirmed ids={block.unconfirmed} />
          </>
        );
      case 'warning':
        return (
          <WarningText>
            {block.text} <Unconfirmed ids={block.unconfirmed} />
          </WarningText>
        );
    }
  })();
  return (
    <div className="app-block" data-block={block.type}>
      {body}
      <Sources ids={block.sources} />
    </div>
  );
}

export function Blocks({ blocks }: { blocks: readonly Block[] | undefined }) {
  if (!blocks) return null;
  return (
    <>
      {blocks.map((block, index) => (
        <GuidanceBlock key={index} block={block} />
      ))}
    </>
  );
}
