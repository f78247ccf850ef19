'use client'
import { getTranslation } from '@payloadcms/translations'
import { FieldDescription, FieldLabel, RenderFields, useTranslation } from '@payloadcms/ui'
import type { GroupFieldClientProps } from 'payload'

/**
 * A top-level named group (an event's "Zapisy", "Miejsce", …) whose fields render with the form, not when they
 * scroll near the screen: Payload's GroupField does not pass `forceRender` to its fields (payloadcms/payload#17715),
 * so they stayed empty until the editor scrolled or changed another field. Same markup and classes as Payload's
 * group, same data (eager-groups.ts).
 */
export const EagerGroup = ({
  field,
  path = '',
  permissions,
  readOnly,
  schemaPath,
}: GroupFieldClientProps) => {
  const { i18n } = useTranslation()
  // a group's own permissions when they name no fields (payloadcms/payload#17812)
  const fieldPermissions = permissions === true ? true : (permissions?.fields ?? permissions ?? true)
  return (
    <div className="field-type group-field group-field--top-level" id={`field-${path.replace(/\./g, '__')}`}>
      <div className="group-field__wrap">
        <div className="group-field__header">
          <header>
            <h3 className="group-field__title">
              <FieldLabel as="span" label={getTranslation(field.label || '', i18n)} path={path} />
            </h3>
            <FieldDescription description={field.admin?.description} path={path} />
          </header>
        </div>
        <RenderFields
          fields={field.fields}
          forceRender
          margins="small"
          parentIndexPath=""
          parentPath={path}
          parentSchemaPath={schemaPath ?? path}
          permissions={fieldPermissions as never}
          readOnly={readOnly}
        />
      </div>
    </div>
  )
}
