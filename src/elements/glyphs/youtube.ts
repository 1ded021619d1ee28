import { siYoutube } from 'simple-icons';

export default siYoutube.path;
