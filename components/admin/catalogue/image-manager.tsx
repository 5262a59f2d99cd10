"use client";
// A product's photos in the back office: upload one (JPEG, PNG or WebP up to 5 MB, checked on the server from
// its bytes) with its alt texts, edit the alt texts, move a photo up or down, delete it. A refused upload keeps
// the alt texts typed and says why on the file field (a browser never refills a file input).
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { useErrorMessage } from "@/components/ui/use-error-message";
import { initialActionState } from "@/lib/actions/state";
import type { Locale } from "@/lib/i18n/routing";
import { imageCommandAction, updateImageAltAction, uploadImageAction } from "@/app/[locale]/admin/products/actions";

export type ManagedImage = {
  id: string;
  url: string;
  altFr: string;
  altEn: string;
  width: number;
  height: number;
  version: number;
};

export function UploadImageForm({ locale, productId }: { locale: Locale; productId: string }) {
  const [state, action] = useActionState(uploadImageAction, initialActionState);
  const t = useTranslations("AdminCatalogue.images");
  const errorMessage = useErrorMessage();
  const errors = state.fieldErrors;
  return (
    <form key={state.attempt} action={action} className="max-w-3xl space-y-4" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="productId" value={productId} />
      {state.data && <Notice tone="success">{t("uploaded")}</Notice>}
      {state.error && !errors && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      <Field id="file" label={t("file")} help={t("fileHelp")} error={errorMessage(errors?.file)}>
        {(control) => <input {...control} name="file" type="file" accept="image/jpeg,image/png,image/webp" />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="altFr"
          label={t("altFr")}
          defaultValue={state.values?.altFr}
          error={errorMessage(errors?.altFr)}
        />
        <TextField
          name="altEn"
          label={t("altEn")}
          defaultValue={state.values?.altEn}
          error={errorMessage(errors?.altEn)}
        />
      </div>
      <SubmitButton size="md" pendingLabel={t("uploading")}>
        {t("upload")}
      </SubmitButton>
    </form>
  );
}

function ImageAltForm({ locale, image }: { locale: Locale; image: ManagedImage }) {
  const [state, action] = useActionState(updateImageAltAction, initialActionState);
  const t = useTranslations("AdminCatalogue.images");
  const errorMessage = useErrorMessage();
  const errors = state.fieldErrors;
  // The photo's version the alt texts shown were loaded at (or saved at by this form, or sent before a refusal):
  // another admin's save in between is refused, not silently overwritten.
  const [loadedVersion] = useState(String(image.version));
  const sentVersion = state.values?.version ?? (state.data ? String(state.data.version) : loadedVersion);
  const field = (name: "altFr" | "altEn") => (
    <Field id={`${name}-${image.id}`} label={t(name)} error={errorMessage(errors?.[name])}>
      {(control) => <input {...control} name={name} defaultValue={state.values?.[name] ?? image[name]} />}
    </Field>
  );
  return (
    <form key={state.attempt} action={action} className="flex flex-1 flex-col gap-2" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="imageId" value={image.id} />
      <input type="hidden" name="version" value={sentVersion} />
      {field("altFr")}
      {field("altEn")}
      {state.data && <Notice tone="success">{t("altSaved")}</Notice>}
      {state.error && !errors && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      <div>
        <SubmitButton size="sm" variant="secondary">
          {t("saveAlt")}
        </SubmitButton>
      </div>
    </form>
  );
}

function ImageCommands({
  locale,
  image,
  first,
  last,
}: {
  locale: Locale;
  image: ManagedImage;
  first: boolean;
  last: boolean;
}) {
  const [state, action] = useActionState(imageCommandAction, initialActionState);
  const t = useTranslations("AdminCatalogue.images");
  const errorMessage = useErrorMessage();
  return (
    <form action={action} className="flex flex-wrap gap-2">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="imageId" value={image.id} />
      <Button type="submit" size="sm" variant="secondary" name="command" value="up" disabled={first}>
        {t("moveUp")}
      </Button>
      <Button type="submit" size="sm" variant="secondary" name="command" value="down" disabled={last}>
        {t("moveDown")}
      </Button>
      <Button type="submit" size="sm" variant="danger" name="command" value="delete">
        {t("delete")}
      </Button>
      {state.error && <Notice tone="error">{errorMessage(state.error)}</Notice>}
    </form>
  );
}

export function ImageList({ locale, images }: { locale: Locale; images: ManagedImage[] }) {
  const t = useTranslations("AdminCatalogue.images");
  if (images.length === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  return (
    <ol className="space-y-4">
      {images.map((image, index) => (
        <li key={image.id} className="flex flex-col gap-4 rounded-md border border-line p-4 sm:flex-row">
          {/* eslint-disable-next-line @next/next/no-img-element -- the original as uploaded, small, in the back office */}
          <img
            src={image.url}
            alt={image.altFr}
            width={120}
            height={Math.round((120 * image.height) / image.width)}
            className="h-auto w-30 object-contain"
          />
          <div className="flex flex-1 flex-col gap-3">
            <p className="text-xs text-muted">
              {t("position", { number: index + 1 })} · {image.width} × {image.height}
            </p>
            <ImageAltForm locale={locale} image={image} />
            <ImageCommands locale={locale} image={image} first={index === 0} last={index === images.length - 1} />
          </div>
        </li>
      ))}
    </ol>
  );
}
